package dev.pims.audit.domain;

import dev.pims.audit.AccessActivity.DailySubjects;
import dev.pims.audit.AccessActivity.HourlyActivity;
import dev.pims.audit.AccessLogCursor;
import dev.pims.audit.AccessLogFilter;
import dev.pims.audit.ActivityOverview.ActorCount;
import dev.pims.audit.records.AccessRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of the access log, for the auditors and the monthly inspection. Every query reads an index in the
 * order it asks for (see V10__auditor_workspace.sql), so none of them reads the whole log.
 */
public interface AccessRecordReader {

    /** At most {@code limit} entries matching the filter, older than the cursor, newest first, with their subjects. */
    List<AccessRecord> find(AccessLogFilter filter, AccessLogCursor after, int limit);

    Optional<AccessRecord> entry(long id);

    /** Records per UTC day, task and outcome, counted now. */
    List<DailyCount> daily(LocalDateTime from, LocalDateTime to);

    /** Records per actor (members together as {@code member:*}), counted now. */
    List<ActorCount> actors(LocalDateTime from, LocalDateTime to);

    /** The past days whose counts are kept, between the two days (both included). */
    Set<LocalDate> countedDays(LocalDate from, LocalDate to);

    /** Counts one past day and keeps the counts; fails when the day is counted already. */
    void countDay(LocalDate day, LocalDateTime now);

    List<DailyCount> countedDaily(LocalDate from, LocalDate to);

    List<ActorCount> countedActors(LocalDate from, LocalDate to);

    List<HourlyActivity> hourly(LocalDateTime from, LocalDateTime to);

    List<DailySubjects> subjectsPerDay(LocalDateTime from, LocalDateTime to, ZoneOffset dayOffset, long moreThan);

    /** Records of one UTC day with one task and one outcome. */
    record DailyCount(LocalDate day, String task, String outcome, long records) {
    }
}
