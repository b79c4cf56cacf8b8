package dev.pims.audit.records;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The access log read where it is kept: pages of records, one record, and counts by day, actor and hour for the
 * auditors' dashboard and the monthly inspection (safety-measures standard Art. 8). Every query reads an index in the
 * order it asks for ({@code AccessLogQuery}; docs/access-log-queries.md), so none of them reads the whole log. Times
 * are UTC, {@code from} inclusive, {@code to} exclusive; queries run in the caller's transaction.
 * <p>
 * The audit module's read port for the auditors' side of the log (the accesslog module), which checks the caller's
 * role before it asks: this port checks none, and {@code ArchitectureTest} lets no other module call it.
 * <p>
 * It keeps the dashboard's counts of past days too ({@code ACCESS_DAY_COUNT}, {@code ACCESS_DAY_ACTOR_COUNT}): a past
 * day's records never change, so each day is counted once, by one statement over the records' index, into tables
 * beside the records; which days to count, and when, the auditors' side decides.
 */
public interface AccessRecords {

    /** At most {@code limit} records matching the filter, older than the cursor, newest first, with their subjects. */
    List<AccessRecord> find(AccessLogFilter filter, AccessLogCursor after, int limit);

    Optional<AccessRecord> byId(long id);

    /** Records per UTC day, task and outcome, counted now. */
    List<DailyCount> daily(LocalDateTime from, LocalDateTime to);

    /** Records per actor (members together as {@code member:*}), counted now. */
    List<ActorCount> actors(LocalDateTime from, LocalDateTime to);

    /** Records per actor, UTC hour, task and outcome. */
    List<HourlyActivity> hourly(LocalDateTime from, LocalDateTime to);

    /** Actors who touched more than {@code moreThan} distinct data subjects on one day of the given offset. */
    List<DailySubjects> subjectsPerDay(LocalDateTime from, LocalDateTime to, ZoneOffset dayOffset, long moreThan);

    /** The past days whose counts are kept, between the two days (both included). */
    Set<LocalDate> countedDays(LocalDate from, LocalDate to);

    /** Counts one past day and keeps the counts; fails when the day is counted already. */
    void countDay(LocalDate day, LocalDateTime now);

    /** The kept counts of the days between the two (both included), by day, task and outcome. */
    List<DailyCount> countedDaily(LocalDate from, LocalDate to);

    /** The kept counts of the days between the two (both included), by actor. */
    List<ActorCount> countedActors(LocalDate from, LocalDate to);

    /** Records of one UTC day with one task and one outcome. */
    record DailyCount(LocalDate day, String task, String outcome, long records) {}

    /** An actor and how many records they left in a period. */
    record ActorCount(String actorId, long records) implements Serializable {}

    /** Records of one actor in one UTC hour, with one task and one outcome. */
    record HourlyActivity(String actorId, LocalDateTime hour, AccessTask task, AccessOutcome outcome, long records) {}

    /** The distinct data subjects one actor touched on one day. */
    record DailySubjects(String actorId, LocalDate day, long subjects) {}
}
