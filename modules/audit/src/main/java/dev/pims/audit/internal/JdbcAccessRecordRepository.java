package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.AccessRecordRepository;
import dev.pims.audit.records.AccessRecord;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts a record, with its subjects in its own row, in the caller's transaction, and hands it, as written, to the
 * {@link ChainSealer} once that transaction has committed (ADR 0003). One plain INSERT: the audited road pays for
 * no entity, no chain lock and no row per subject.
 */
@ApplicationScoped
class JdbcAccessRecordRepository implements AccessRecordRepository {

    /** ACCESS_RECORD_SEQ hands out ids in blocks of this many (INCREMENT BY 50, V1). */
    private static final int ID_BLOCK = 50;

    private static final String WRITTEN = JdbcAccessRecordRepository.class.getName() + ".written";

    @Inject
    private Sql sql;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private ChainSealer sealer;

    private long nextId;
    private long lastIdOfBlock = -1;

    @Override
    public void append(AccessRecord record) {
        long[] subjects = AccessChainHashing.sorted(record.subjectIds());
        long id = sql.onOneConnection("write an access record", statements -> {
            long next = nextId(statements);
            statements.update(
                    "INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, "
                            + "CATEGORIES, OPERATION, OUTCOME, REASON, DETAIL, SUBJECT_IDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?)",
                    next,
                    record.occurredAt(),
                    record.actorId(),
                    record.actorRole().name(),
                    record.clientIp(),
                    record.task().name(),
                    record.categories(),
                    record.operation(),
                    record.outcome().name(),
                    record.reason(),
                    record.detail(),
                    AccessRecord.subjectList(subjects));
            return next;
        });
        sealAfterCommit(AccessChainHashing.Fields.of(record, id));
    }

    /** Ids as EclipseLink took them before: one sequence value per block, the block's ids counted out in memory. */
    private synchronized long nextId(Sql.Statements statements) throws SQLException {
        if (nextId > lastIdOfBlock) {
            lastIdOfBlock = statements
                    .first("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ", value -> value.getLong(1))
                    .orElseThrow();
            nextId = lastIdOfBlock - ID_BLOCK + 1;
        }
        return nextId++;
    }

    /** Collects the transaction's records; a rolled-back transaction takes them with it, unsealed and unwritten. */
    private void sealAfterCommit(AccessChainHashing.Fields record) {
        @SuppressWarnings("unchecked")
        List<AccessChainHashing.Fields> written = (List<AccessChainHashing.Fields>) transactions.getResource(WRITTEN);
        if (written == null) {
            List<AccessChainHashing.Fields> records = new ArrayList<>(2);
            transactions.putResource(WRITTEN, records);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Only what committed is sealed.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sealer.sealSoon(records);
                    }
                }
            });
            written = records;
        }
        written.add(record);
    }
}
