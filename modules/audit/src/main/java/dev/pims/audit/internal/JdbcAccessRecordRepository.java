package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.AccessRecord;
import dev.pims.audit.domain.AccessRecordRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

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

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private ChainSealer sealer;

    private long nextId;
    private long lastIdOfBlock = -1;

    @Override
    public void append(AccessRecord record) {
        long id;
        try (Connection connection = store.getConnection()) {
            id = nextId(connection);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, "
                    + "ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME, REASON, DETAIL, "
                    + "SUBJECT_IDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.valueOf(record.getOccurredAt()));
                insert.setString(3, record.getActorId());
                insert.setString(4, record.getActorRole().name());
                insert.setString(5, record.getClientIp());
                insert.setString(6, record.getTask().name());
                insert.setString(7, record.getCategoryNames());
                insert.setString(8, record.getOperation());
                insert.setString(9, record.getOutcome().name());
                insert.setString(10, record.getReason());
                insert.setString(11, record.getDetail());
                insert.setString(12, AccessRecord.subjectList(record.getSubjectIds()));
                insert.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not write an access record", failure);
        }
        sealAfterCommit(record.fields(id));
    }

    /** Ids as EclipseLink took them before: one sequence value per block, the block's ids counted out in memory. */
    private synchronized long nextId(Connection connection) throws SQLException {
        if (nextId > lastIdOfBlock) {
            try (PreparedStatement sequence = connection.prepareStatement("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ");
                    ResultSet value = sequence.executeQuery()) {
                value.next();
                lastIdOfBlock = value.getLong(1);
                nextId = lastIdOfBlock - ID_BLOCK + 1;
            }
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
