package dev.pims.audit.internal;

import dev.pims.audit.AuditingEvent;
import dev.pims.audit.ChainOutcome;
import dev.pims.audit.ChainVerificationView;
import dev.pims.audit.domain.AccessChainHashing;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The access-record chain read and cut in bulk, over plain JDBC: a verification walks a million records in seconds,
 * which JPA entities with their subject collections cannot. Statements run in the caller's transaction if it has one.
 */
@ApplicationScoped
class JdbcAccessChain {

    static final String STARTED = "Auditing.started";
    static final String STOPPED = "Auditing.stopped";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    record Head(long lastPosition, String lastHash, long legacyMaxId) {
    }

    record Checkpoint(long position, String hash) {
        static final Checkpoint NONE = new Checkpoint(0, AccessChainHashing.GENESIS);
    }

    /** One stored record with the hash it carries. */
    record Link(AccessChainHashing.Fields fields, String storedHash) {
    }

    Head head() {
        return query("SELECT LAST_POSITION, LAST_HASH, LEGACY_MAX_ID FROM ACCESS_CHAIN_HEAD WHERE ID = 1",
                rows -> rows.next() ? new Head(rows.getLong(1), rows.getString(2), rows.getLong(3)) : null);
    }

    Checkpoint latestCheckpoint() {
        return query("SELECT POSITION, CHAIN_HASH FROM ACCESS_CHAIN_CHECKPOINT ORDER BY POSITION DESC "
                + "FETCH FIRST 1 ROWS ONLY",
                rows -> rows.next() ? new Checkpoint(rows.getLong(1), rows.getString(2)) : Checkpoint.NONE);
    }

    /**
     * Hands the chained records after {@code after} up to {@code upTo} to the consumer in chain order, in chunks,
     * until it returns false.
     */
    void walk(long after, long upTo, int chunk, java.util.function.Predicate<List<Link>> consumer) {
        long from = after;
        while (from < upTo) {
            List<Link> links = chunk(from, upTo, chunk);
            if (links.isEmpty() || !consumer.test(links)) {
                return;
            }
            from = links.get(links.size() - 1).fields().position();
        }
    }

    private List<Link> chunk(long after, long upTo, int size) {
        try (Connection connection = store.getConnection()) {
            List<Object[]> raw = new ArrayList<>(size);
            long minId = Long.MAX_VALUE;
            long maxId = Long.MIN_VALUE;
            try (PreparedStatement records = connection.prepareStatement("SELECT ID, CHAIN_POSITION, OCCURRED_AT, "
                    + "ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME, REASON, DETAIL, "
                    + "CHAIN_HASH FROM ACCESS_RECORD WHERE CHAIN_POSITION > ? AND CHAIN_POSITION <= ? "
                    + "ORDER BY CHAIN_POSITION FETCH FIRST " + size + " ROWS ONLY")) {
                records.setLong(1, after);
                records.setLong(2, upTo);
                try (ResultSet rows = records.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        minId = Math.min(minId, id);
                        maxId = Math.max(maxId, id);
                        raw.add(new Object[] {id, rows.getLong(2), rows.getTimestamp(3).toLocalDateTime(),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                            rows.getString(12), rows.getString(13)});
                    }
                }
            }
            if (raw.isEmpty()) {
                return List.of();
            }
            Map<Long, long[]> subjects = subjects(connection, minId, maxId);
            List<Link> links = new ArrayList<>(raw.size());
            for (Object[] row : raw) {
                long id = (Long) row[0];
                links.add(new Link(new AccessChainHashing.Fields(id, (Long) row[1], (LocalDateTime) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                        (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                        subjects.getOrDefault(id, new long[0])), (String) row[12]));
            }
            return links;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the access-record chain", failure);
        }
    }

    /** The subjects of the records with ids in the range, each record's in ascending order (the index's order). */
    private static Map<Long, long[]> subjects(Connection connection, long minId, long maxId) throws SQLException {
        Map<Long, List<Long>> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT RECORD_ID, SUBJECT_ID FROM "
                + "ACCESS_RECORD_SUBJECT WHERE RECORD_ID BETWEEN ? AND ? ORDER BY RECORD_ID, SUBJECT_ID")) {
            statement.setLong(1, minId);
            statement.setLong(2, maxId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(2)).add(rows.getLong(2));
                }
            }
        }
        Map<Long, long[]> sorted = new HashMap<>(found.size() * 2);
        found.forEach((id, list) -> sorted.put(id, AccessChainHashing.sorted(list)));
        return sorted;
    }

    /** The lowest id of a record after the legacy ones that has no place in the chain: one inserted behind our back. */
    Optional<Long> firstUnchained(long legacyMaxId) {
        return query("SELECT MIN(ID) FROM ACCESS_RECORD WHERE CHAIN_POSITION IS NULL AND ID > ?", rows -> {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? Optional.<Long>empty() : Optional.of(id);
        }, legacyMaxId);
    }

    void saveVerification(ChainVerificationView result) {
        update("INSERT INTO ACCESS_CHAIN_VERIFICATION (STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, "
                + "TO_POSITION, RECORDS_CHECKED, OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(result.getStartedAt()),
                Timestamp.valueOf(result.getEndedAt()), result.getRequestedBy(), result.getFromPosition(), result.getToPosition(),
                result.getRecordsChecked(), result.getOutcome().name(), result.getBrokenPosition(), result.getBrokenRecordId(),
                result.getProblem(), result.getHeadHash());
    }

    List<ChainVerificationView> verifications(int max) {
        return query("SELECT ID, STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, TO_POSITION, RECORDS_CHECKED, "
                + "OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH FROM ACCESS_CHAIN_VERIFICATION "
                + "ORDER BY ID DESC FETCH FIRST " + max + " ROWS ONLY", rows -> {
                    List<ChainVerificationView> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new ChainVerificationView(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime(),
                                rows.getTimestamp(3).toLocalDateTime(), rows.getString(4), rows.getLong(5),
                                rows.getLong(6), rows.getLong(7), ChainOutcome.valueOf(rows.getString(8)),
                                (Long) rows.getObject(9, Long.class), (Long) rows.getObject(10, Long.class),
                                rows.getString(11), rows.getString(12)));
                    }
                    return found;
                });
    }

    List<AuditingEvent> auditingEvents(int max) {
        return query("SELECT CHAIN_POSITION, OCCURRED_AT, OPERATION FROM ACCESS_RECORD WHERE ACTOR_ID = ? "
                + "AND OPERATION IN (?, ?) AND CHAIN_POSITION IS NOT NULL ORDER BY CHAIN_POSITION DESC "
                + "FETCH FIRST " + (max + 1) + " ROWS ONLY", rows -> {
                    List<Object[]> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new Object[] {rows.getLong(1), rows.getTimestamp(2).toLocalDateTime(),
                            STARTED.equals(rows.getString(3))});
                    }
                    List<AuditingEvent> events = new ArrayList<>();
                    for (int i = 0; i < Math.min(max, found.size()); i++) {
                        boolean started = (Boolean) found.get(i)[2];
                        boolean previousWasStart = i + 1 < found.size() && (Boolean) found.get(i + 1)[2];
                        events.add(new AuditingEvent((Long) found.get(i)[0], (LocalDateTime) found.get(i)[1],
                                started, started && previousWasStart));
                    }
                    return events;
                }, Actors.SYSTEM_ID, STARTED, STOPPED);
    }

    /** The first position after {@code after} of a record not older than the cutoff, if any. */
    Optional<Long> firstPositionNotBefore(long after, LocalDateTime cutoff) {
        return query("SELECT MIN(CHAIN_POSITION) FROM ACCESS_RECORD WHERE CHAIN_POSITION > ? AND OCCURRED_AT >= ?",
                rows -> {
                    rows.next();
                    long position = rows.getLong(1);
                    return rows.wasNull() ? Optional.<Long>empty() : Optional.of(position);
                }, after, Timestamp.valueOf(cutoff));
    }

    /** The hash and time of the record at a position, if there is one. */
    Optional<Object[]> hashAndTimeAt(long position) {
        return query("SELECT CHAIN_HASH, OCCURRED_AT FROM ACCESS_RECORD WHERE CHAIN_POSITION = ?",
                rows -> rows.next() ? Optional.of(new Object[] {rows.getString(1),
                    rows.getTimestamp(2).toLocalDateTime()}) : Optional.<Object[]>empty(), position);
    }

    /**
     * Writes the checkpoint first (the database accepts the deletes only at or before one) and then destroys the
     * records from after the previous checkpoint up to it, subjects first.
     *
     * @return how many records were destroyed
     */
    long destroyUpTo(Checkpoint previous, long last, String lastHash, LocalDateTime lastOccurredAt,
            LocalDateTime cutoff, LocalDateTime now) {
        long count = query("SELECT COUNT(*) FROM ACCESS_RECORD WHERE CHAIN_POSITION > ? AND CHAIN_POSITION <= ?",
                rows -> {
                    rows.next();
                    return rows.getLong(1);
                }, previous.position(), last);
        update("INSERT INTO ACCESS_CHAIN_CHECKPOINT (POSITION, CHAIN_HASH, LAST_OCCURRED_AT, CUTOFF, DESTROYED, "
                + "CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)", last, lastHash, Timestamp.valueOf(lastOccurredAt),
                Timestamp.valueOf(cutoff), count, Timestamp.valueOf(now));
        update("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID IN (SELECT ID FROM ACCESS_RECORD "
                + "WHERE CHAIN_POSITION > ? AND CHAIN_POSITION <= ?)", previous.position(), last);
        update("DELETE FROM ACCESS_RECORD WHERE CHAIN_POSITION > ? AND CHAIN_POSITION <= ?", previous.position(),
                last);
        return count;
    }

    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> reader, Object... parameters) {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        } catch (SQLException failure) {
            throw new IllegalStateException("Access-chain query failed: " + sql, failure);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Access-chain update failed: " + sql + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
        return statement;
    }

}
