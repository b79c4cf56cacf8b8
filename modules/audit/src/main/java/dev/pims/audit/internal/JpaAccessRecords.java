package dev.pims.audit.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The auditors' reading of the access log, and the dashboard's day counts, in native SQL ({@link AccessLogQuery}),
 * because each query names the index it reads and groups by date parts JPQL has no words for.
 */
@ApplicationScoped
class JpaAccessRecords implements AccessRecords {

    /** Subjects are fetched for the ids of a page in one statement; an export asks in slices of this many. */
    private static final int IDS_PER_STATEMENT = 500;

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public List<AccessRecord> find(AccessLogFilter filter, AccessLogCursor after, int limit) {
        AccessLogQuery page = AccessLogQuery.of(filter, after, limit);
        List<Object[]> rows = rows(page.sql(), page.parameters().toArray());
        return withSubjects(rows);
    }

    @Override
    public Optional<AccessRecord> byId(long id) {
        List<Object[]> rows = rows("SELECT " + AccessLogQuery.COLUMNS + " FROM ACCESS_RECORD r WHERE r.ID = ?", id);
        return withSubjects(rows).stream().findFirst();
    }

    @Override
    public List<DailyCount> daily(LocalDateTime from, LocalDateTime to) {
        return rows(AccessLogQuery.DAILY, Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row ->
                        new DailyCount(((Date) row[0]).toLocalDate(), (String) row[1], (String) row[2], number(row[3])))
                .toList();
    }

    @Override
    public List<ActorCount> actors(LocalDateTime from, LocalDateTime to) {
        return rows(AccessLogQuery.ACTORS, Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row -> new ActorCount((String) row[0], number(row[1])))
                .toList();
    }

    @Override
    public Set<LocalDate> countedDays(LocalDate from, LocalDate to) {
        return rows(AccessLogQuery.COUNTED_DAYS, Date.valueOf(from), Date.valueOf(to)).stream()
                .map(row -> ((Date) row[0]).toLocalDate())
                .collect(Collectors.toSet());
    }

    @Override
    public void countDay(LocalDate day, LocalDateTime now) {
        Timestamp from = Timestamp.valueOf(day.atStartOfDay());
        Timestamp to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        update(AccessLogQuery.DAY_COUNTED, Date.valueOf(day), Timestamp.valueOf(now));
        update(AccessLogQuery.COUNT_DAY, Date.valueOf(day), from, to);
        update(AccessLogQuery.COUNT_DAY_ACTORS, Date.valueOf(day), from, to);
    }

    @Override
    public List<DailyCount> countedDaily(LocalDate from, LocalDate to) {
        return rows(AccessLogQuery.COUNTED_DAILY, Date.valueOf(from), Date.valueOf(to)).stream()
                .map(row ->
                        new DailyCount(((Date) row[0]).toLocalDate(), (String) row[1], (String) row[2], number(row[3])))
                .toList();
    }

    @Override
    public List<ActorCount> countedActors(LocalDate from, LocalDate to) {
        return rows(AccessLogQuery.COUNTED_ACTORS, Date.valueOf(from), Date.valueOf(to)).stream()
                .map(row -> new ActorCount((String) row[0], number(row[1])))
                .toList();
    }

    private void update(String sql, Object... parameters) {
        Query statement = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i]);
        }
        statement.executeUpdate();
    }

    @Override
    public List<HourlyActivity> hourly(LocalDateTime from, LocalDateTime to) {
        return rows(AccessLogQuery.HOURLY, Timestamp.valueOf(from), Timestamp.valueOf(to)).stream()
                .map(row -> new HourlyActivity(
                        (String) row[0],
                        ((Date) row[1]).toLocalDate().atTime(((Number) row[2]).intValue(), 0),
                        AccessTask.valueOf((String) row[3]),
                        AccessOutcome.valueOf((String) row[4]),
                        number(row[5])))
                .toList();
    }

    @Override
    public List<DailySubjects> subjectsPerDay(
            LocalDateTime from, LocalDateTime to, ZoneOffset dayOffset, long moreThan) {
        AccessLogQuery bulk = AccessLogQuery.subjectsPerDay(dayOffset.getTotalSeconds(), from, to, moreThan);
        return rows(bulk.sql(), bulk.parameters().toArray()).stream()
                .map(row -> new DailySubjects((String) row[0], ((Date) row[1]).toLocalDate(), number(row[2])))
                .toList();
    }

    private List<AccessRecord> withSubjects(List<Object[]> rows) {
        Map<Long, List<Long>> subjects = new LinkedHashMap<>();
        for (Object[] row : rows) {
            subjects.put(number(row[0]), new ArrayList<>());
        }
        List<Long> ids = new ArrayList<>(subjects.keySet());
        for (int start = 0; start < ids.size(); start += IDS_PER_STATEMENT) {
            List<Long> slice = ids.subList(start, Math.min(ids.size(), start + IDS_PER_STATEMENT));
            AccessLogQuery subjectsOfSlice = AccessLogQuery.subjectsOf(slice);
            for (Object[] pair :
                    rows(subjectsOfSlice.sql(), subjectsOfSlice.parameters().toArray())) {
                subjects.get(number(pair[0])).add(number(pair[1]));
            }
        }
        return rows.stream()
                .map(row -> new AccessRecord(
                        number(row[0]),
                        ((Timestamp) row[1]).toLocalDateTime(),
                        (String) row[2],
                        ActorRole.valueOf((String) row[3]),
                        (String) row[4],
                        AccessTask.valueOf((String) row[5]),
                        (String) row[6],
                        (String) row[7],
                        AccessOutcome.valueOf((String) row[8]),
                        (String) row[9],
                        (String) row[10],
                        subjects.get(number(row[0]))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object> result = query.getResultList();
        // EclipseLink hands over a single-column row as the value itself.
        return result.stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
