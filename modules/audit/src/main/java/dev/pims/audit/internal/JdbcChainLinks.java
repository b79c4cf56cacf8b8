package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.ChainLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The links read back over plain JDBC, a chunk at a time on one connection, with their records and subject rows by
 * ranges of ids: a verification walks a million records in seconds. In the caller's transaction if it has one; a
 * verification has none, so that a long walk meets no transaction timeout.
 */
@ApplicationScoped
public class JdbcChainLinks implements ChainLinks {

    /** The record's canonical columns, in {@link AccessChainHashing.Fields} order, from {@code ACCESS_RECORD r}. */
    static final String RECORD_COLUMNS = "r.ID, r.OCCURRED_AT, r.ACTOR_ID, r.ACTOR_ROLE, r.CLIENT_IP, r.TASK, "
            + "r.CATEGORIES, r.OPERATION, r.OUTCOME, r.REASON, r.DETAIL";

    private static final long[] NO_SUBJECTS = {};

    @Inject
    private Sql sql;

    JdbcChainLinks() {}

    /** Outside a server, on a store of the caller's choosing: the tests' fixtures. */
    public JdbcChainLinks(DataSource operational) {
        this.sql = new Sql(operational);
    }

    @Override
    public void walk(long after, long upTo, int chunk, Predicate<List<Link>> consumer) {
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
     * each range one read of the primary key, however many links the chunk holds.
     */
    private List<Link> chunk(long after, long upTo, int size) {
        return sql.onOneConnection("read the access-record chain", statements -> {
            Map<Long, List<Long>> subjects = new HashMap<>(size * 2);
            List<Link> unread = statements.list(
                    "SELECT POSITION, RECORD_ID, CHAIN_HASH, SUBJECT_ID FROM "
                            + "ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ? ORDER BY POSITION FETCH FIRST "
                            + size
                            + " ROWS ONLY",
                    row -> {
                        long firstSubject = row.getLong(4);
                        if (!row.wasNull()) {
                            subjects.computeIfAbsent(row.getLong(2), id -> new ArrayList<>(2))
                                    .add(firstSubject);
                        }
                        return new Link(row.getLong(1), row.getLong(2), row.getString(3), null);
                    },
                    after,
                    upTo);
            if (unread.isEmpty()) {
                return List.of();
            }
            Map<Long, AccessChainHashing.Fields> records = new HashMap<>(unread.size() * 2);
            for (IdRange range :
                    IdRange.around(unread.stream().map(Link::recordId).toList())) {
                statements.forEach(
                        "SELECT " + RECORD_COLUMNS + " FROM ACCESS_RECORD r WHERE r.ID BETWEEN ? AND ?",
                        row -> records.put(row.getLong(1), fields(row, NO_SUBJECTS)),
                        range.first(),
                        range.last());
                statements.forEach(
                        "SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID BETWEEN " + "? AND ?",
                        row -> subjects.computeIfAbsent(row.getLong(1), id -> new ArrayList<>(2))
                                .add(row.getLong(2)),
                        range.first(),
                        range.last());
            }
            List<Link> links = new ArrayList<>(unread.size());
            for (Link link : unread) {
                AccessChainHashing.Fields record = records.get(link.recordId());
                List<Long> found = subjects.get(link.recordId());
                long[] itsSubjects = found == null ? NO_SUBJECTS : AccessChainHashing.sorted(found);
                links.add(new Link(
                        link.position(),
                        link.recordId(),
                        link.storedHash(),
                        record == null ? null : record.withSubjects(itsSubjects).at(link.position())));
            }
            return links;
        });
    }

    /** A record's canonical fields from {@link #RECORD_COLUMNS}, which its row begins with, not yet placed. */
    static AccessChainHashing.Fields fields(ResultSet row, long[] subjects) throws SQLException {
        return new AccessChainHashing.Fields(
                row.getLong(1),
                0,
                row.getTimestamp(2).toLocalDateTime(),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getString(10),
                row.getString(11),
                subjects);
    }
}
