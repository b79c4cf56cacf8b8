package dev.pims.audit.internal;

import dev.pims.audit.AuditingEvent;
import dev.pims.audit.ChainOutcome;
import dev.pims.audit.ChainVerification;
import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.AccessRecord;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The access-record chain sealed, read and cut in bulk, over plain JDBC: a verification walks a million records in
 * seconds, and a sealer seals a thousand in one statement batch. Statements run in the caller's transaction if it has
 * one.
 */
@ApplicationScoped
class JdbcAccessChain {

    static final String STARTED = "Auditing.started";
    static final String STOPPED = "Auditing.stopped";

    /** The record's canonical columns, in {@link AccessChainHashing.Fields} order, from {@code ACCESS_RECORD r}. */
    private static final String RECORD_COLUMNS = "r.ID, r.OCCURRED_AT, r.ACTOR_ID, r.ACTOR_ROLE, r.CLIENT_IP, r.TASK, "
            + "r.CATEGORIES, r.OPERATION, r.OUTCOME, r.REASON, r.DETAIL";
    private static final long[] NO_SUBJECTS = {};
    private static final String DUPLICATE_KEY = "23505";
    /** Ids further apart than this (many sequence blocks) are read by separate range statements when sealing. */
    private static final long RUN_GAP = 1_000;
    /**
     * How far below the newest sealed record's id a start-up looks for records a stop left unsealed: records committed
     * while the last sealings ran (a batch is at most 1 000), with room to spare; every id in it costs each start a
     * look-up.
     */
    private static final long RECOVERY_WINDOW = 10_000;
    /** Unsealed ids a verification looks at one by one, at most (records written while it ran are among them). */
    private static final int MAX_UNMET = 10_000;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    record Head(long lastPosition, String lastHash, long legacyMaxId) {
    }

    record Checkpoint(long position, String hash) {
        static final Checkpoint NONE = new Checkpoint(0, AccessChainHashing.GENESIS);
    }

    /**
     * One link of the chain with the record it names, as stored; {@code fields} is null when that record is not there.
     */
    record Link(long position, long recordId, String storedHash, AccessChainHashing.Fields fields) {
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
     * Seals committed records into the chain, in the order given: under the head's lock (held to the end of the
     * caller's transaction, so sealers of several instances take turns), each record not sealed yet gets the next
     * position, its hash over the previous one, its link (which keeps its first subject) and a subject row for each
     * further subject; then the head moves. The records come as their writer wrote them, so a row changed between its
     * commit and its sealing no longer matches its hash.
     *
     * Whether a record is sealed already is looked up only when asked ({@code skipSealed}): only another instance's
     * start seals a record this instance holds, so a sealing assumes none is and learns otherwise from the link's
     * unique key.
     *
     * @return how many records were sealed
     * @throws SealedElsewhere when, not skipping, a record has a link already
     */
    int seal(List<AccessChainHashing.Fields> records, LocalDateTime sealedAt, boolean skipSealed) {
        try (Connection connection = store.getConnection()) {
            long position;
            String previous;
            try (PreparedStatement lock = connection.prepareStatement("SELECT LAST_POSITION, LAST_HASH FROM "
                    + "ACCESS_CHAIN_HEAD WHERE ID = 1 FOR UPDATE OF LAST_POSITION");
                    ResultSet head = lock.executeQuery()) {
                head.next();
                position = head.getLong(1);
                previous = head.getString(2);
            }
            Set<Long> sealedBefore = skipSealed
                    ? sealedAmong(connection, records.stream().map(AccessChainHashing.Fields::id).toList())
                    : new HashSet<>();
            int sealed = 0;
            try (PreparedStatement link = connection.prepareStatement("INSERT INTO ACCESS_CHAIN_LINK (POSITION, "
                    + "RECORD_ID, OCCURRED_AT, CHAIN_HASH, SEALED_AT, SUBJECT_ID) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement subject = connection.prepareStatement(
                            "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)")) {
                for (AccessChainHashing.Fields unplaced : records) {
                    if (!sealedBefore.add(unplaced.id())) {
                        continue;
                    }
                    AccessChainHashing.Fields record = unplaced.at(++position);
                    previous = AccessChainHashing.hash(previous, record);
                    link.setLong(1, position);
                    link.setLong(2, record.id());
                    link.setTimestamp(3, Timestamp.valueOf(record.occurredAt()));
                    link.setString(4, previous);
                    link.setTimestamp(5, Timestamp.valueOf(sealedAt));
                    long[] subjects = record.sortedSubjects();
                    if (subjects.length == 0) {
                        link.setNull(6, Types.BIGINT);
                    } else {
                        link.setLong(6, subjects[0]);
                    }
                    link.addBatch();
                    for (int further = 1; further < subjects.length; further++) {
                        subject.setLong(1, record.id());
                        subject.setLong(2, subjects[further]);
                        subject.addBatch();
                    }
                    sealed++;
                }
                if (sealed == 0) {
                    return 0;
                }
                try {
                    link.executeBatch();
                } catch (SQLException duplicate) {
                    if (!skipSealed && isDuplicateKey(duplicate)) {
                        throw new SealedElsewhere(duplicate);
                    }
                    throw duplicate;
                }
                subject.executeBatch();
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE ACCESS_CHAIN_HEAD SET LAST_POSITION = ?, LAST_HASH = ? WHERE ID = 1")) {
                head.setLong(1, position);
                head.setString(2, previous);
                head.executeUpdate();
            }
            return sealed;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not seal access records into the chain", failure);
        }
    }

    /** Whether a batch failed on a duplicate key: its exception may carry its element's state or only chain it. */
    private static boolean isDuplicateKey(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (DUPLICATE_KEY.equals(sql.getSQLState())
                    || sql.getNextException() != null && DUPLICATE_KEY.equals(sql.getNextException().getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Which of these record ids already have a link, read from the link's unique index in runs of neighbours. */
    private static Set<Long> sealedAmong(Connection connection, List<Long> recordIds) throws SQLException {
        Set<Long> sealed = new HashSet<>();
        try (PreparedStatement links = connection.prepareStatement(
                "SELECT RECORD_ID FROM ACCESS_CHAIN_LINK WHERE RECORD_ID BETWEEN ? AND ?")) {
            for (long[] run : runs(recordIds)) {
                links.setLong(1, run[0]);
                links.setLong(2, run[1]);
                try (ResultSet rows = links.executeQuery()) {
                    while (rows.next()) {
                        sealed.add(rows.getLong(1));
                    }
                }
            }
        }
        return sealed;
    }

    /** Sorted ids cut into [first, last] runs wherever two neighbours lie further apart than a few sequence blocks. */
    private static List<long[]> runs(List<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
        List<long[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > RUN_GAP) {
                runs.add(new long[] {sorted[start], sorted[i - 1]});
                start = i;
            }
        }
        return runs;
    }

    /**
     * Hands the links after {@code after} up to {@code upTo}, with their records, to the consumer in chain order, in
     * chunks, until it returns false.
     */
    void walk(long after, long upTo, int chunk, java.util.function.Predicate<List<Link>> consumer) {
        long from = after;
        while (from < upTo) {
            List<Link> links = chunk(from, upTo, chunk);
            if (links.isEmpty() || !consumer.test(links)) {
                return;
            }
            from = links.get(links.size() - 1).position();
        }
    }

    /**
     * A chunk of links (each with its record's first subject), then their records and subject rows by ranges of ids:
     * three index scans, no join.
     */
    private List<Link> chunk(long after, long upTo, int size) {
        try (Connection connection = store.getConnection()) {
            List<Link> unread = new ArrayList<>(size);
            Map<Long, List<Long>> subjects = new HashMap<>(size * 2);
            try (PreparedStatement links = connection.prepareStatement("SELECT POSITION, RECORD_ID, CHAIN_HASH, "
                    + "SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ? ORDER BY POSITION "
                    + "FETCH FIRST " + size + " ROWS ONLY")) {
                links.setLong(1, after);
                links.setLong(2, upTo);
                try (ResultSet rows = links.executeQuery()) {
                    while (rows.next()) {
                        unread.add(new Link(rows.getLong(1), rows.getLong(2), rows.getString(3), null));
                        long firstSubject = rows.getLong(4);
                        if (!rows.wasNull()) {
                            subjects.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>(2)).add(firstSubject);
                        }
                    }
                }
            }
            if (unread.isEmpty()) {
                return List.of();
            }
            Map<Long, AccessChainHashing.Fields> records = new HashMap<>(unread.size() * 2);
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + RECORD_COLUMNS
                    + " FROM ACCESS_RECORD r WHERE r.ID BETWEEN ? AND ?")) {
                for (long[] run : runs(unread.stream().map(Link::recordId).toList())) {
                    statement.setLong(1, run[0]);
                    statement.setLong(2, run[1]);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            records.put(rows.getLong(1), fields(rows, 1, NO_SUBJECTS));
                        }
                    }
                    addFurtherSubjects(connection, run[0], run[1], subjects);
                }
            }
            List<Link> links = new ArrayList<>(unread.size());
            for (Link link : unread) {
                AccessChainHashing.Fields record = records.get(link.recordId());
                List<Long> found = subjects.get(link.recordId());
                long[] itsSubjects = found == null ? NO_SUBJECTS : AccessChainHashing.sorted(found);
                links.add(new Link(link.position(), link.recordId(), link.storedHash(), record == null ? null
                        : record.withSubjects(itsSubjects).at(link.position())));
            }
            return links;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the access-record chain", failure);
        }
    }

    /** A record's canonical fields from {@link #RECORD_COLUMNS}, starting at that column, not yet placed. */
    private static AccessChainHashing.Fields fields(ResultSet rows, int first, long[] subjects) throws SQLException {
        return new AccessChainHashing.Fields(rows.getLong(first), 0,
                rows.getTimestamp(first + 1).toLocalDateTime(), rows.getString(first + 2), rows.getString(first + 3),
                rows.getString(first + 4), rows.getString(first + 5), rows.getString(first + 6),
                rows.getString(first + 7), rows.getString(first + 8), rows.getString(first + 9),
                rows.getString(first + 10), subjects);
    }

    /** Adds the subjects of the subject rows of the records with ids in the range to those found so far. */
    private static void addFurtherSubjects(Connection connection, long minId, long maxId,
            Map<Long, List<Long>> found) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RECORD_ID, SUBJECT_ID FROM "
                + "ACCESS_RECORD_SUBJECT WHERE RECORD_ID BETWEEN ? AND ?")) {
            statement.setLong(1, minId);
            statement.setLong(2, maxId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(2)).add(rows.getLong(2));
                }
            }
        }
    }

    /**
     * The lowest id after the legacy ones of a record that no link names (as far as {@code sealed}, the ids the walk
     * met, tells) and that is not younger than {@code olderThan}: one inserted behind PIMS's back. Younger ones may
     * still be on their way to the sealer.
     */
    Optional<Long> firstUnsealed(long legacyMaxId, BitSet sealed, LocalDateTime olderThan) {
        List<Long> candidates = query("SELECT ID FROM ACCESS_RECORD WHERE ID > ? ORDER BY ID", rows -> {
            List<Long> unmet = new ArrayList<>();
            while (rows.next() && unmet.size() < MAX_UNMET) {
                long id = rows.getLong(1);
                int bit = bit(id, legacyMaxId);
                if (bit < 0 || !sealed.get(bit)) {
                    unmet.add(id);
                }
            }
            return unmet;
        }, legacyMaxId);
        for (long id : candidates) {
            boolean inserted = query("SELECT 1 FROM ACCESS_RECORD r WHERE r.ID = ? AND r.OCCURRED_AT < ? AND NOT EXISTS "
                    + "(SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID)", ResultSet::next, id,
                    Timestamp.valueOf(olderThan));
            if (inserted) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * The bit of a record id in a set of ids after the legacy ones, or -1 for an id the set cannot hold (such a record
     * is then looked up by itself).
     */
    static int bit(long recordId, long legacyMaxId) {
        long offset = recordId - legacyMaxId - 1;
        return offset < 0 || offset >= Integer.MAX_VALUE ? -1 : (int) offset;
    }

    /**
     * Records committed and not sealed near the end of the chain, in id order, as stored: what a server that stopped
     * at once left behind.
     */
    List<AccessChainHashing.Fields> unsealedNearTheEnd(long legacyMaxId) {
        return query("SELECT " + RECORD_COLUMNS + ", r.SUBJECT_IDS FROM ACCESS_RECORD r WHERE r.ID > ? AND r.ID > "
                + "COALESCE((SELECT MAX(l.RECORD_ID) FROM ACCESS_CHAIN_LINK l), 0) - " + RECOVERY_WINDOW
                + " AND NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID) ORDER BY r.ID", rows -> {
                    List<AccessChainHashing.Fields> records = new ArrayList<>();
                    while (rows.next()) {
                        records.add(fields(rows, 1, AccessRecord.subjectsOf(rows.getString(12))));
                    }
                    return records;
                }, legacyMaxId);
    }

    /**
     * Saves a verification's result. Two results saved at the same moment (the daily job and an auditor) can meet in
     * Derby's identity generator, which then answers "lock not obtained" at once; the result is too important to
     * lose for that, so the insert is tried again a few times.
     */
    void saveVerification(ChainVerification result) {
        for (int attempt = 1; ; attempt++) {
            try {
                insertVerification(result);
                return;
            } catch (IllegalStateException contention) {
                if (attempt == 5 || !(contention.getCause() instanceof SQLException sql)
                        || !sql.getSQLState().startsWith("40")) {
                    throw contention;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw contention;
                }
            }
        }
    }

    private void insertVerification(ChainVerification result) {
        update("INSERT INTO ACCESS_CHAIN_VERIFICATION (STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, "
                + "TO_POSITION, RECORDS_CHECKED, OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(result.startedAt()),
                Timestamp.valueOf(result.endedAt()), result.requestedBy(), result.fromPosition(), result.toPosition(),
                result.recordsChecked(), result.outcome().name(), result.brokenPosition(), result.brokenRecordId(),
                result.problem(), result.headHash());
    }

    List<ChainVerification> verifications(int max) {
        return query("SELECT ID, STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, TO_POSITION, RECORDS_CHECKED, "
                + "OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH FROM ACCESS_CHAIN_VERIFICATION "
                + "ORDER BY ID DESC FETCH FIRST " + max + " ROWS ONLY", rows -> {
                    List<ChainVerification> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new ChainVerification(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime(),
                                rows.getTimestamp(3).toLocalDateTime(), rows.getString(4), rows.getLong(5),
                                rows.getLong(6), rows.getLong(7), ChainOutcome.valueOf(rows.getString(8)),
                                (Long) rows.getObject(9, Long.class), (Long) rows.getObject(10, Long.class),
                                rows.getString(11), rows.getString(12)));
                    }
                    return found;
                });
    }

    List<AuditingEvent> auditingEvents(int max) {
        return query("SELECT l.POSITION, r.OCCURRED_AT, r.OPERATION FROM ACCESS_RECORD r JOIN ACCESS_CHAIN_LINK l "
                + "ON l.RECORD_ID = r.ID WHERE r.ACTOR_ID = ? AND r.OPERATION IN (?, ?) ORDER BY l.POSITION DESC "
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

    /**
     * The first position after {@code after}, up to {@code upTo}, of a record not older than the cutoff, if any: a
     * walk along the links from the checkpoint, never further than one batch.
     */
    Optional<Long> firstPositionNotBefore(long after, long upTo, LocalDateTime cutoff) {
        return query("SELECT POSITION FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ? "
                + "AND OCCURRED_AT >= ? ORDER BY POSITION FETCH FIRST 1 ROWS ONLY",
                rows -> rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty(), after, upTo,
                Timestamp.valueOf(cutoff));
    }

    /** The hash and time of the link at a position, if there is one. */
    Optional<Object[]> hashAndTimeAt(long position) {
        return query("SELECT CHAIN_HASH, OCCURRED_AT FROM ACCESS_CHAIN_LINK WHERE POSITION = ?",
                rows -> rows.next() ? Optional.of(new Object[] {rows.getString(1),
                    rows.getTimestamp(2).toLocalDateTime()}) : Optional.<Object[]>empty(), position);
    }

    /**
     * Writes the checkpoint first (the database accepts the deletes only at or before one) and then destroys the
     * records from after the previous checkpoint up to it: their subject rows, the records, then their links.
     *
     * @return how many records were destroyed
     */
    long destroyUpTo(Checkpoint previous, long last, String lastHash, LocalDateTime lastOccurredAt,
            LocalDateTime cutoff, LocalDateTime now) {
        long count = query("SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ?",
                rows -> {
                    rows.next();
                    return rows.getLong(1);
                }, previous.position(), last);
        update("INSERT INTO ACCESS_CHAIN_CHECKPOINT (POSITION, CHAIN_HASH, LAST_OCCURRED_AT, CUTOFF, DESTROYED, "
                + "CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)", last, lastHash, Timestamp.valueOf(lastOccurredAt),
                Timestamp.valueOf(cutoff), count, Timestamp.valueOf(now));
        String linked = " IN (SELECT RECORD_ID FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ?)";
        update("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID" + linked, previous.position(), last);
        update("DELETE FROM ACCESS_RECORD WHERE ID" + linked, previous.position(), last);
        update("DELETE FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ?", previous.position(), last);
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
