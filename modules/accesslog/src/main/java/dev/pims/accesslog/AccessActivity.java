package dev.pims.accesslog;

import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords.DailySubjects;
import dev.pims.audit.records.AccessRecords.HourlyActivity;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The access log summed up for the monthly inspection (safety-measures standard Art. 8): counts by actor, hour, task
 * and outcome; distinct data subjects by actor and day; every download. For an auditor, or for PIMS itself (the
 * monthly job); refused to anybody else. Times are UTC, {@code from} inclusive, {@code to} exclusive.
 */
public interface AccessActivity {

    /** Records per actor, UTC hour, task and outcome. */
    List<HourlyActivity> hourly(@NotNull LocalDateTime from, @NotNull LocalDateTime to);

    /** Actors who touched more than {@code moreThan} distinct data subjects on one day of the given offset. */
    List<DailySubjects> subjectsPerDay(
            @NotNull LocalDateTime from, @NotNull LocalDateTime to, @NotNull ZoneOffset dayOffset, long moreThan);

    /** Every DOWNLOAD record, oldest first. */
    List<AccessRecord> downloads(@NotNull LocalDateTime from, @NotNull LocalDateTime to);
}
