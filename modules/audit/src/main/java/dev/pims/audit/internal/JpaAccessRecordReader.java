package dev.pims.audit.internal;

import dev.pims.audit.AccessActivity.DailySubjects;
import dev.pims.audit.AccessActivity.HourlyActivity;
import dev.pims.audit.AccessLogCursor;
import dev.pims.audit.AccessLogEntry;
import dev.pims.audit.AccessLogFilter;
import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActivityOverview.ActorCount;
import dev.pims.audit.ActorRole;
import dev.pims.audit.domain.AccessRecordReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Native SQL, because each query names the index it reads and groups by date parts JPQL has no words for. */
@ApplicationScoped
class JpaAccessRecordReader implements AccessRecordReader {

    /** Subjects are fetched for the ids of a page in one statement; an export asks in slices of this many. */
    private static final int IDS_PER_STATEMENT = 500;
    private static final String ONE_PERIOD = "--DERBY-PROPERTIES index=ACCESS_RECORD_NEWEST\n"
            + " WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ?";

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public List<AccessLogEntry> find(AccessLogFilter filter, AccessLogCursor after, int limit) {
        AccessLogQuery page = AccessLogQuery.of(filter, after, limit);
        List<Object[]> rows = rows(page.sql(), page.parameters().toArray());
        return withSubjects(rows);
    }

    @Override
    public Optional<AccessLogEntry> entry(long id) {
        List<Object[]> rows = rows("SELECT " + AccessLogQuery.COLUMNS + " FROM ACCESS_RECORD r WHERE r.ID = ?", id);
        return withSubjects(rows).stream().findFirst();
    }

    @Override
    public List<DailyCount> daily(LocalDateTime from, LocalDateTime to) {
        return rows("SELECT D, TASK, OUTCOME, COUNT(*) FROM (SELECT DATE(OCCURRED_AT) AS D, TASK, OUTCOME "
                + "FROM ACCESS_RECORD " + ONE_PERIOD + ") t GROUP BY D, TASK, OUTCOME",
                Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row -> new DailyCount(((java.sql.Date) row[0]).toLocalDate(), (String) row[1], (String) row[2],
                        number(row[3])))
                .toList();
    }

    @Override
    public List<ActorCount> topActors(LocalDateTime from, LocalDateTime to, int limit) {
        return rows("SELECT ACTOR_ID, COUNT(*) AS RECORDS FROM ACCESS_RECORD " + ONE_PERIOD
                + " GROUP BY ACTOR_ID ORDER BY RECORDS DESC, ACTOR_ID FETCH FIRST " + limit + " ROWS ONLY",
                Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row -> new ActorCount((String) row[0], number(row[1]))).toList();
    }

    @Override
    public List<HourlyActivity> hourly(LocalDateTime from, LocalDateTime to) {
        return rows("SELECT ACTOR_ID, D, H, TASK, OUTCOME, COUNT(*) FROM (SELECT ACTOR_ID, DATE(OCCURRED_AT) AS D, "
                + "HOUR(OCCURRED_AT) AS H, TASK, OUTCOME FROM ACCESS_RECORD " + ONE_PERIOD
                + ") t GROUP BY ACTOR_ID, D, H, TASK, OUTCOME",
                Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row -> new HourlyActivity((String) row[0],
                        ((java.sql.Date) row[1]).toLocalDate().atTime(((Number) row[2]).intValue(), 0),
                        AccessTask.valueOf((String) row[3]), AccessOutcome.valueOf((String) row[4]), number(row[5])))
                .toList();
    }

    @Override
    public List<DailySubjects> subjectsPerDay(LocalDateTime from, LocalDateTime to, ZoneOffset dayOffset,
            long moreThan) {
        // The offset is a number of seconds PIMS computed, never text from a request, so it is written into the SQL.
        String localTime = "{fn TIMESTAMPADD(SQL_TSI_SECOND, " + dayOffset.getTotalSeconds() + ", r.OCCURRED_AT)}";
        return rows("SELECT ACTOR_ID, D, COUNT(DISTINCT SUBJECT_ID) AS SUBJECTS FROM (SELECT r.ACTOR_ID, "
                + "DATE(" + localTime + ") AS D, s.SUBJECT_ID FROM ACCESS_RECORD r "
                + "--DERBY-PROPERTIES index=ACCESS_RECORD_NEWEST\n"
                + ", ACCESS_RECORD_SUBJECT s WHERE r.OCCURRED_AT >= ? AND r.OCCURRED_AT < ? AND s.RECORD_ID = r.ID) t "
                + "GROUP BY ACTOR_ID, D HAVING COUNT(DISTINCT SUBJECT_ID) > ?",
                Timestamp.valueOf(from), Timestamp.valueOf(to), moreThan).stream()
                .map(row -> new DailySubjects((String) row[0], ((java.sql.Date) row[1]).toLocalDate(), number(row[2])))
                .toList();
    }

    private List<AccessLogEntry> withSubjects(List<Object[]> rows) {
        Map<Long, List<Long>> subjects = new LinkedHashMap<>();
        for (Object[] row : rows) {
            subjects.put(number(row[0]), new ArrayList<>());
        }
        List<Long> ids = new ArrayList<>(subjects.keySet());
        for (int start = 0; start < ids.size(); start += IDS_PER_STATEMENT) {
            List<Long> slice = ids.subList(start, Math.min(ids.size(), start + IDS_PER_STATEMENT));
            String marks = String.join(", ", slice.stream().map(id -> "?").toList());
            for (Object[] pair : rows("SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID IN ("
                    + marks + ") ORDER BY RECORD_ID, SUBJECT_ID", slice.toArray())) {
                subjects.get(number(pair[0])).add(number(pair[1]));
            }
        }
        return rows.stream().map(row -> new AccessLogEntry(number(row[0]), ((Timestamp) row[1]).toLocalDateTime(),
                (String) row[2], ActorRole.valueOf((String) row[3]), (String) row[4],
                AccessTask.valueOf((String) row[5]), (String) row[6], (String) row[7],
                AccessOutcome.valueOf((String) row[8]), (String) row[9], (String) row[10],
                subjects.get(number(row[0])))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object> result = query.getResultList();
        // EclipseLink hands over a single-column row as the value itself.
        return result.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
