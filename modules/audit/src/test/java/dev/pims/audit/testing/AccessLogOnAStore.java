package dev.pims.audit.testing;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.ChainLinks.Link;
import dev.pims.audit.domain.ChainSealing;
import dev.pims.audit.internal.AccessLogQuery;
import dev.pims.audit.internal.JdbcAccessRecordRepository;
import dev.pims.audit.internal.JdbcChainLinks;
import dev.pims.audit.internal.JdbcChainSealing;
import dev.pims.audit.internal.SealedElsewhere;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import dev.pims.shared.DataCategory;
import dev.pims.store.testing.OneTransaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The access log's own statements on a store given by its data source, with no server: records written and sealed by
 * the module's repositories as the audited road and the sealer write and seal them, the chain walked and its hashes
 * recomputed as a verification does, and the auditors' and the inspection's queries ({@code AccessLogQuery}) run as
 * their reader runs them. For the tests that prove this SQL on a database product other than the test server's.
 */
public final class AccessLogOnAStore {

    private static final int WALK_CHUNK = 1_000;

    private final DataSource store;
    private final JdbcAccessRecordRepository records;
    private final Map<Long, AccessChainHashing.Fields> written = new HashMap<>();

    /** @param operational the operational store, its schema migrated */
    public AccessLogOnAStore(DataSource operational) {
        this.store = operational;
        this.records = new JdbcAccessRecordRepository(operational);
    }

    /**
     * Writes records as the audited road does, each a handler's VIEW of two members' basic data ({@code firstSubject
     * + i} and the one after it), at the given time, and returns their ids; nothing seals them yet.
     */
    public List<Long> write(int count, LocalDateTime at, long firstSubject) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AccessRecord record = new AccessRecord(
                    at,
                    "handler",
                    ActorRole.HANDLER,
                    "10.0.0.7",
                    List.of(firstSubject + i, firstSubject + i + 1),
                    AccessTask.VIEW,
                    Set.of(DataCategory.BASIC_PROFILE),
                    "AccessLogOnAStore.write",
                    AccessOutcome.SUCCESS,
                    null,
                    "record " + i);
            long id = records.write(record);
            written.put(id, AccessChainHashing.Fields.of(record, id));
            ids.add(id);
        }
        return ids;
    }

    /** Seals records written here in one transaction of its own, as the sealer does; how many it sealed. */
    public int seal(List<Long> ids) throws SQLException {
        try (OpenSealing sealing = beginSealing(ids)) {
            sealing.commit();
            return sealing.sealed();
        }
    }

    /**
     * Seals records written here in a transaction left open, as a sealer on another server is while it seals: the
     * chain's head stays locked until the sealing is committed (or closed, which rolls it back).
     */
    public OpenSealing beginSealing(List<Long> ids) throws SQLException {
        OneTransaction transaction = OneTransaction.begin(store);
        try {
            int sealed = new JdbcChainSealing(transaction.dataSource()).seal(fieldsOf(ids), now(), false);
            return new OpenSealing(transaction, sealed);
        } catch (RuntimeException failure) {
            transaction.close();
            throw failure;
        }
    }

    /** A sealing whose transaction is open. */
    public static final class OpenSealing implements AutoCloseable {

        private final OneTransaction transaction;
        private final int sealed;

        private OpenSealing(OneTransaction transaction, int sealed) {
            this.transaction = transaction;
            this.sealed = sealed;
        }

        public int sealed() {
            return sealed;
        }

        public void commit() throws SQLException {
            transaction.commit();
        }

        @Override
        public void close() throws SQLException {
            transaction.close();
        }
    }

    /**
     * Whether sealing records of which one is sealed already, as a sealer that assumes none is does it, is refused as
     * sealed by another instance, the transaction rolled back with nothing sealed.
     */
    public boolean sealingAgainIsRefused(List<Long> ids) throws SQLException {
        try (OneTransaction transaction = OneTransaction.begin(store)) {
            new JdbcChainSealing(transaction.dataSource()).seal(fieldsOf(ids), now(), false);
            return false;
        } catch (SealedElsewhere refused) {
            return true;
        }
    }

    /** Seals the records not sealed yet and skips the others, as a start seals its leftovers; how many it sealed. */
    public int sealThoseNotSealed(List<Long> ids) throws SQLException {
        try (OneTransaction transaction = OneTransaction.begin(store)) {
            int sealed = new JdbcChainSealing(transaction.dataSource()).seal(fieldsOf(ids), now(), true);
            transaction.commit();
            return sealed;
        }
    }

    /** The position of the chain's last link. */
    public long headPosition() {
        return new JdbcChainSealing(store).head().lastPosition();
    }

    /**
     * Walks the chain from its start to its head as a verification does, recomputing each hash over the record as
     * stored: {@code INTACT}, or what is broken first.
     */
    public String verify() {
        ChainSealing.Head head = new JdbcChainSealing(store).head();
        String[] previous = {AccessChainHashing.GENESIS};
        long[] expected = {1};
        List<String> broken = new ArrayList<>();
        new JdbcChainLinks(store).walk(0, head.lastPosition(), WALK_CHUNK, links -> {
            for (Link link : links) {
                String hash = link.fields() == null ? null : AccessChainHashing.hash(previous[0], link.fields());
                if (link.position() != expected[0] || hash == null || !hash.equals(link.storedHash())) {
                    broken.add("position " + link.position() + " (record " + link.recordId() + ")");
                    return false;
                }
                previous[0] = hash;
                expected[0]++;
            }
            return true;
        });
        if (!broken.isEmpty()) {
            return "BROKEN at " + broken.get(0);
        }
        if (expected[0] != head.lastPosition() + 1 || !previous[0].equals(head.lastHash())) {
            return "BROKEN at the head: it names position " + head.lastPosition() + ", the links end before "
                    + expected[0];
        }
        return "INTACT";
    }

    /** The inspection's records per actor, UTC hour, task and outcome: {@code actor day hour task outcome count}. */
    public List<String> hourly(LocalDateTime from, LocalDateTime to) throws SQLException {
        return rows(AccessLogQuery.HOURLY, List.of(Timestamp.valueOf(from), Timestamp.valueOf(to)));
    }

    /** The inspection's actors with many distinct subjects on one day of the offset: {@code actor day subjects}. */
    public List<String> subjectsPerDay(ZoneOffset dayOffset, LocalDateTime from, LocalDateTime to, long moreThan)
            throws SQLException {
        AccessLogQuery query = AccessLogQuery.subjectsPerDay(dayOffset.getTotalSeconds(), from, to, moreThan);
        return rows(query.sql(), query.parameters());
    }

    /** The ids of the records naming a data subject, newest first, as the auditors' records page reads them. */
    public List<Long> recordsNaming(long subjectId, int limit) throws SQLException {
        AccessLogFilter filter = new AccessLogFilter();
        filter.setSubjectId(subjectId);
        AccessLogQuery page = AccessLogQuery.of(filter, null, limit);
        return rows(page.sql(), page.parameters()).stream()
                .map(row -> Long.valueOf(row.substring(0, row.indexOf(' '))))
                .toList();
    }

    /**
     * Counts a day for the auditors' dashboard as it is kept once over, then reads the kept counts back: {@code day task
     * outcome records}.
     */
    public List<String> countDay(LocalDate day, LocalDateTime now) throws SQLException {
        Timestamp from = Timestamp.valueOf(day.atStartOfDay());
        Timestamp to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        update(AccessLogQuery.DAY_COUNTED, Date.valueOf(day), Timestamp.valueOf(now));
        update(AccessLogQuery.COUNT_DAY, Date.valueOf(day), from, to);
        update(AccessLogQuery.COUNT_DAY_ACTORS, Date.valueOf(day), from, to);
        return rows(AccessLogQuery.COUNTED_DAILY, List.of(Date.valueOf(day), Date.valueOf(day)));
    }

    private List<AccessChainHashing.Fields> fieldsOf(List<Long> ids) {
        return ids.stream()
                .map(id -> {
                    AccessChainHashing.Fields fields = written.get(id);
                    if (fields == null) {
                        throw new IllegalArgumentException("Record " + id + " was not written here");
                    }
                    return fields;
                })
                .toList();
    }

    /** Each row's columns joined by a space. */
    private List<String> rows(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters.toArray());
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringJoiner row = new StringJoiner(" ");
                    for (int c = 1; c <= columns; c++) {
                        row.add(String.valueOf(result.getObject(c)));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = store.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
