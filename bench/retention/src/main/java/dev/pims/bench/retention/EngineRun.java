package dev.pims.bench.retention;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.records.AccessRecord;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import dev.pims.retention.internal.JdbcStoreCompaction;
import dev.pims.shared.DataCategory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The retention engine's road without the server: the rule's SQL is the production {@link RecordTable}; each chunk is
 * one transaction, as {@code ChunkDestruction} makes it, with the destruction ledger's row and the DESTROY access
 * record the audited road writes. What the server adds is left out and said so: the interceptor's own work, the JTA
 * (XA) transaction manager, and the sealing of the access record into the hash chain, which runs after the commit on
 * another thread.
 */
final class EngineRun {

    /** The rule of membership's V3, as it registers it. */
    static final RecordTable VISIT_RECORDS =
            new RecordTable("membership.visit-records", "VISIT_RECORD", "ID", "VISITED_AT", "MEMBER_ID");

    /** ACCESS_RECORD_SEQ hands out ids in blocks of this many (INCREMENT BY 50, audit V1). */
    private static final int ID_BLOCK = 50;

    private final DataSource store;
    private long nextId;
    private long lastIdOfBlock = -1;

    EngineRun(DataSource store) {
        this.store = store;
    }

    /** Figures of a run: rows destroyed, chunks, time of the destruction and of the engine's count in it. */
    record Figures(long destroyed, long chunks, long nanos, long countNanos) {}

    /**
     * As {@code RetentionEngine.run} and {@code destroyAllDue} do for one rule: count the due rows once (for the
     * progress, and to skip a rule with none), then chunks until one comes back short.
     */
    Figures destroyAllDue(LocalDateTime threshold, int chunk, long jobRunId) throws SQLException {
        long started = System.nanoTime();
        long due = VISIT_RECORDS.countBefore(store, threshold);
        long countNanos = System.nanoTime() - started;
        long destroyed = 0;
        long chunks = 0;
        if (due > 0) {
            try (Connection connection = store.getConnection()) {
                connection.setAutoCommit(false);
                DataSource transaction = oneTransaction(connection);
                DestroyedRecords done;
                do {
                    done = destroyChunk(connection, transaction, threshold, chunk, jobRunId);
                    destroyed += done.count();
                    chunks++;
                } while (done.count() >= chunk);
            }
        }
        return new Figures(destroyed, chunks, System.nanoTime() - started, countNanos);
    }

    private DestroyedRecords destroyChunk(
            Connection connection, DataSource transaction, LocalDateTime threshold, int max, long jobRunId)
            throws SQLException {
        try {
            DestroyedRecords chunk = VISIT_RECORDS.destroyBefore(transaction, threshold, max);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            if (chunk.count() > 0) {
                appendToLedger(connection, jobRunId, chunk, now);
            }
            // The interceptor records every call of destroyDueBefore, the last (short or empty) one too.
            writeAccessRecord(connection, chunk, now);
            connection.commit();
            return chunk;
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        }
    }

    /** The INSERT of {@code JdbcDestructionLedger.append}, duplicated (the class is the module's internal bean). */
    private static void appendToLedger(Connection connection, long jobRunId, DestroyedRecords chunk, LocalDateTime at)
            throws SQLException {
        String sql = "INSERT INTO DESTRUCTION_LEDGER (JOB_RUN_ID, RULE_NAME, RECORDS, OLDEST, NEWEST, DESTROYED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, jobRunId);
            insert.setString(2, chunk.rule());
            insert.setLong(3, chunk.count());
            insert.setTimestamp(4, Timestamp.valueOf(chunk.oldest()));
            insert.setTimestamp(5, Timestamp.valueOf(chunk.newest()));
            insert.setTimestamp(6, Timestamp.valueOf(at));
            insert.executeUpdate();
        }
    }

    /**
     * The DESTROY access record as the audited road makes it (the system as actor, the chunk's subjects and detail)
     * and the INSERT of {@code JdbcAccessRecordRepository.append}, duplicated with its id blocks of the sequence.
     */
    private void writeAccessRecord(Connection connection, DestroyedRecords chunk, LocalDateTime at)
            throws SQLException {
        AccessRecord record = new AccessRecord(
                at,
                "system",
                ActorRole.SYSTEM,
                "127.0.0.1",
                chunk.dataSubjectIds(),
                AccessTask.DESTROY,
                Set.of(DataCategory.ACCOUNT),
                "VisitRecordRetention.destroyDueBefore",
                AccessOutcome.SUCCESS,
                null,
                chunk.accessDetail());
        long id = nextId(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, "
                        + "CATEGORIES, OPERATION, OUTCOME, REASON, DETAIL, SUBJECT_IDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.valueOf(record.occurredAt()));
            insert.setString(3, record.actorId());
            insert.setString(4, record.actorRole().name());
            insert.setString(5, record.clientIp());
            insert.setString(6, record.task().name());
            insert.setString(7, record.categories());
            insert.setString(8, record.operation());
            insert.setString(9, record.outcome().name());
            insert.setString(10, record.reason());
            insert.setString(11, record.detail());
            insert.setString(
                    12,
                    AccessRecord.subjectList(record.subjectIds().stream()
                            .mapToLong(Long::longValue)
                            .toArray()));
            insert.executeUpdate();
        }
    }

    private long nextId(Connection connection) throws SQLException {
        if (nextId > lastIdOfBlock) {
            try (Statement statement = connection.createStatement();
                    ResultSet value = statement.executeQuery("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ")) {
                value.next();
                lastIdOfBlock = value.getLong(1);
            }
            nextId = lastIdOfBlock - ID_BLOCK + 1;
        }
        return nextId++;
    }

    /** The engine's own compaction ({@code JdbcStoreCompaction}), on a connection of its own. */
    static void compact(DataSource store, Collection<String> tables) throws SQLException {
        try (Connection connection = store.getConnection()) {
            JdbcStoreCompaction.compact(connection, tables);
        }
    }

    /**
     * A data source that hands out the one connection of the chunk's transaction and ignores its close, as the JTA
     * transaction's shared connection behaves for the rule's repository in the server.
     */
    private static DataSource oneTransaction(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
