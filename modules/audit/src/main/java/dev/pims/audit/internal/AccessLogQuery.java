package dev.pims.audit.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one page of the auditors' records view. It names the index Derby is to read (a Derby optimizer hint), so
 * that the page is read in index order and the scan stops after one page, whatever the statistics say: the most
 * selective equality filter picks the index, the other filters are checked on the way. Paging is by keyset (records
 * older than the last one shown), never by offset. Public for the benchmark, which times exactly this SQL.
 * <p>
 * The same SQL runs on PostgreSQL: a hint is a comment there, and the parts of a time that the two products spell
 * differently are JDBC escapes ({@code {fn HOUR(…)}}, {@code {fn TIMESTAMPADD(…)}}), which each product's driver writes
 * in its own SQL.
 */
public final class AccessLogQuery {

    private static final String ONE_PERIOD =
            "--DERBY-PROPERTIES index=ACCESS_RECORD_NEWEST\n" + " WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ?";
    static final String COLUMNS = "r.ID, r.OCCURRED_AT, r.ACTOR_ID, r.ACTOR_ROLE, r.CLIENT_IP, r.TASK, r.CATEGORIES, "
            + "r.OPERATION, r.OUTCOME, r.REASON, r.DETAIL";

    private final String sql;
    private final List<Object> parameters;

    private AccessLogQuery(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    public static AccessLogQuery of(AccessLogFilter filter, AccessLogCursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        List<String> conditions = new ArrayList<>();
        if (filter.getSubjectId() != null) {
            // The subject's few records first (as the first subject, from the links; as a further one, from the subject
            // rows; both read from an index alone), each record then by its key.
            sql.append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n")
                    .append(" (SELECT RECORD_ID FROM ACCESS_CHAIN_LINK")
                    .append(" --DERBY-PROPERTIES index=ACCESS_CHAIN_LINK_SUBJECT\n WHERE SUBJECT_ID = ?")
                    .append(" UNION ALL SELECT RECORD_ID FROM ACCESS_RECORD_SUBJECT")
                    .append(" --DERBY-PROPERTIES index=ACCESS_RECORD_SUBJECT_RECORDS\n WHERE SUBJECT_ID = ?) s")
                    .append(
                            ", ACCESS_RECORD r --DERBY-PROPERTIES constraint=ACCESS_RECORD_PK, joinStrategy=NESTEDLOOP\n");
            parameters.add(filter.getSubjectId());
            parameters.add(filter.getSubjectId());
            conditions.add("r.ID = s.RECORD_ID");
        } else {
            sql.append(" FROM ACCESS_RECORD r --DERBY-PROPERTIES index=")
                    .append(indexFor(filter))
                    .append('\n');
        }
        if (filter.getActorId() != null) {
            conditions.add("r.ACTOR_ID = ?");
            parameters.add(filter.getActorId());
        }
        if (filter.getTask() != null) {
            conditions.add("r.TASK = ?");
            parameters.add(filter.getTask().name());
        }
        if (filter.getOutcome() != null) {
            conditions.add("r.OUTCOME = ?");
            parameters.add(filter.getOutcome().name());
        }
        if (filter.getCategory() != null) {
            // The record keeps its categories as a comma-separated list; no category name is part of another.
            conditions.add("r.CATEGORIES LIKE ?");
            parameters.add("%" + filter.getCategory().name() + "%");
        }
        if (filter.getFrom() != null) {
            conditions.add("r.OCCURRED_AT >= ?");
            parameters.add(Timestamp.valueOf(filter.getFrom()));
        }
        if (filter.getTo() != null) {
            conditions.add("r.OCCURRED_AT < ?");
            parameters.add(Timestamp.valueOf(filter.getTo()));
        }
        if (after != null) {
            // The first condition bounds the index scan; the second skips the records of the same second already shown.
            conditions.add("r.OCCURRED_AT <= ?");
            parameters.add(Timestamp.valueOf(after.occurredAt()));
            conditions.add("(r.OCCURRED_AT < ? OR r.ID < ?)");
            parameters.add(Timestamp.valueOf(after.occurredAt()));
            parameters.add(after.id());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(" ORDER BY r.OCCURRED_AT DESC, r.ID DESC FETCH FIRST ")
                .append(limit)
                .append(" ROWS ONLY");
        return new AccessLogQuery(sql.toString(), parameters);
    }

    /** The index whose order serves the page and whose leading column is the most selective filter given. */
    static String indexFor(AccessLogFilter filter) {
        if (filter.getActorId() != null) {
            return "ACCESS_RECORD_ACTOR_NEWEST";
        }
        if (filter.getOutcome() != null && filter.getOutcome() != AccessOutcome.SUCCESS) {
            return "ACCESS_RECORD_OUTCOME_NEWEST";
        }
        if (filter.getTask() != null) {
            return "ACCESS_RECORD_TASK_NEWEST";
        }
        if (filter.getOutcome() != null) {
            return "ACCESS_RECORD_OUTCOME_NEWEST";
        }
        return "ACCESS_RECORD_NEWEST";
    }

    /**
     * The subjects of the records of one page (or a slice of an export), by record: the first ones from the links, the
     * further ones from the subject rows.
     */
    public static AccessLogQuery subjectsOf(List<Long> recordIds) {
        String ids = String.join(", ", java.util.Collections.nCopies(recordIds.size(), "?"));
        List<Object> parameters = new ArrayList<>(recordIds);
        parameters.addAll(recordIds);
        return new AccessLogQuery(
                "SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE RECORD_ID IN (" + ids
                        + ") AND SUBJECT_ID IS NOT NULL UNION ALL SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_RECORD_SUBJECT "
                        + "WHERE RECORD_ID IN (" + ids + ") ORDER BY 1, 2",
                parameters);
    }

    /** Dashboard: records per UTC day, task and outcome in [?, ?), read from ACCESS_RECORD_NEWEST alone. */
    public static final String DAILY = "SELECT D, TASK, OUTCOME, COUNT(*) FROM (SELECT DATE(OCCURRED_AT) AS D, TASK, "
            + "OUTCOME FROM ACCESS_RECORD " + AccessLogQuery.ONE_PERIOD + ") t GROUP BY D, TASK, OUTCOME";

    /** Dashboard: records by actor in [?, ?), members together as {@code member:*}. */
    public static final String ACTORS = "SELECT A, COUNT(*) FROM (SELECT CASE WHEN ACTOR_ID LIKE 'member:%' "
            + "THEN 'member:*' ELSE ACTOR_ID END AS A FROM ACCESS_RECORD " + ONE_PERIOD + ") t GROUP BY A";

    /** Dashboard: marks the day ? (DATE) counted at ? (TIMESTAMP); fails if another auditor counted it first. */
    public static final String DAY_COUNTED = "INSERT INTO ACCESS_DAY_COUNTED (DAY, COUNTED_AT) VALUES (?, ?)";

    /** Dashboard: keeps the counts of the day ? (DATE) by task and outcome, from the records in [?, ?). */
    public static final String COUNT_DAY = "INSERT INTO ACCESS_DAY_COUNT (DAY, TASK, OUTCOME, RECORDS) "
            + "SELECT CAST(? AS DATE), TASK, OUTCOME, COUNT(*) FROM ACCESS_RECORD " + ONE_PERIOD
            + " GROUP BY TASK, OUTCOME";

    /** Dashboard: keeps the counts of the day ? (DATE) by actor, from the records in [?, ?). */
    public static final String COUNT_DAY_ACTORS = "INSERT INTO ACCESS_DAY_ACTOR_COUNT (DAY, ACTOR_ID, RECORDS) "
            + "SELECT CAST(? AS DATE), A, COUNT(*) FROM (SELECT CASE WHEN ACTOR_ID LIKE 'member:%' THEN 'member:*' "
            + "ELSE ACTOR_ID END AS A FROM ACCESS_RECORD " + ONE_PERIOD + ") t GROUP BY A";

    /** Dashboard: the days counted already between ? and ? (DATEs, both included). */
    public static final String COUNTED_DAYS = "SELECT DAY FROM ACCESS_DAY_COUNTED WHERE DAY BETWEEN ? AND ?";

    /** Dashboard: the kept counts of the days between ? and ? by day, task and outcome. */
    public static final String COUNTED_DAILY =
            "SELECT DAY, TASK, OUTCOME, RECORDS FROM ACCESS_DAY_COUNT " + "WHERE DAY BETWEEN ? AND ?";

    /** Dashboard: the kept counts of the days between ? and ? by actor. */
    public static final String COUNTED_ACTORS = "SELECT ACTOR_ID, SUM(RECORDS) FROM ACCESS_DAY_ACTOR_COUNT "
            + "WHERE DAY BETWEEN ? AND ? GROUP BY ACTOR_ID";

    /** Inspection: records per actor, UTC hour, task and outcome in [?, ?). */
    public static final String HOURLY = "SELECT ACTOR_ID, D, H, TASK, OUTCOME, COUNT(*) FROM (SELECT ACTOR_ID, "
            + "DATE(OCCURRED_AT) AS D, {fn HOUR(OCCURRED_AT)} AS H, TASK, OUTCOME FROM ACCESS_RECORD " + ONE_PERIOD
            + ") t GROUP BY ACTOR_ID, D, H, TASK, OUTCOME";

    /**
     * Inspection: actors with more than {@code moreThan} distinct subjects on one day shifted by the offset, in
     * [from, to). The offset is a number of seconds PIMS computed, never text from a request, so it is written into the
     * SQL. The records are joined to their first subjects and to their further ones in two branches: Derby does not
     * push the join into the view {@code ACCESS_RECORD_SUBJECTS}, and through it a month of a 10 M store took more
     * than ten minutes instead of 41 s.
     */
    public static AccessLogQuery subjectsPerDay(
            int offsetSeconds, LocalDateTime from, LocalDateTime to, long moreThan) {
        String records = "SELECT r.ACTOR_ID, DATE({fn TIMESTAMPADD(SQL_TSI_SECOND, " + offsetSeconds
                + ", r.OCCURRED_AT)}) AS D, s.SUBJECT_ID FROM ACCESS_RECORD r "
                + "--DERBY-PROPERTIES index=ACCESS_RECORD_NEWEST\n, ";
        String inPeriod = " WHERE r.OCCURRED_AT >= ? AND r.OCCURRED_AT < ? AND s.RECORD_ID = r.ID";
        return new AccessLogQuery(
                "SELECT ACTOR_ID, D, COUNT(DISTINCT SUBJECT_ID) AS SUBJECTS FROM ("
                        + records + "ACCESS_CHAIN_LINK s" + inPeriod + " AND s.SUBJECT_ID IS NOT NULL UNION ALL "
                        + records + "ACCESS_RECORD_SUBJECT s" + inPeriod + ") t "
                        + "GROUP BY ACTOR_ID, D HAVING COUNT(DISTINCT SUBJECT_ID) > ?",
                List.of(
                        Timestamp.valueOf(from),
                        Timestamp.valueOf(to),
                        Timestamp.valueOf(from),
                        Timestamp.valueOf(to),
                        moreThan));
    }

    public String sql() {
        return sql;
    }

    public List<Object> parameters() {
        return parameters;
    }
}
