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
import javax.sql.DataSource;

/**
 * Inserts a record, with its subjects in its own row, in the caller's transaction, and hands it, as written, to the
 * {@link ChainSealer} once that transaction has committed (ADR 0003). One plain INSERT: the audited road pays for
 * no entity, no chain lock and no row per subject.
 */
@ApplicationScoped
public class JdbcAccessRecordRepository implements AccessRecordRepository {

    private static final String SEQUENCE = "ACCESS_RECORD_SEQ";
    /** The sequence hands out ids in blocks of this many (INCREMENT BY 50, V1). */
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

    JdbcAccessRecordRepository() {}

    /** Outside a server, on a store of the caller's choosing: the tests' fixtures, which seal what they write. */
    public JdbcAccessRecordRepository(DataSource operational) {
        this.sql = new Sql(operational);
    }

    @Override
    public void append(AccessRecord record) {
        sealAfterCommit(AccessChainHashing.Fields.of(record, write(record)));
    }

    /** Writes the record under the next id of the sequence, and hands it to no sealer; @return its id */
    public long write(AccessRecord record) {
        return sql.onOneConnection("write an access record", statements -> insert(statements, record));
    }

    private long insert(Sql.Statements statements, AccessRecord record) throws SQLException {
        long id = nextId(statements);
        statements.update(
                "INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, "
                        + "CATEGORIES, OPERATION, OUTCOME, REASON, DETAIL, SUBJECT_IDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)",
                id,
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
                AccessRecord.subjectList(AccessChainHashing.sorted(record.subjectIds())));
        return id;
    }

    /** Ids as EclipseLink took them before: one sequence value per block, the block's ids counted out in memory. */
    private synchronized long nextId(Sql.Statements statements) throws SQLException {
        if (nextId > lastIdOfBlock) {
            lastIdOfBlock = statements.nextValueOf(SEQUENCE);
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
