package dev.pims.accesslog;

import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The access log as the auditors read it (safety-measures standard Art. 8): filtered, newest first, a page at a time;
 * one record in full; a CSV export for a reason, itself recorded as a DOWNLOAD; and the activity of a period for the
 * dashboard. For the AUDITOR role only; subjects appear by id, never with member data.
 */
public interface AccessLog {

    int PAGE_SIZE_MAX = 100;
    int REASON_MAX = 200;
    /** The most records one export holds; a wider view must be narrowed first. */
    int EXPORT_MAX = 10_000;

    int DASHBOARD_DAYS_MAX = 366;

    /** The records matching the filter that are older than the cursor (the newest when it is null). */
    AccessLogPage find(
            @NotNull AccessLogFilter filter, AccessLogCursor after, @Min(1) @Max(PAGE_SIZE_MAX) int pageSize);

    Optional<AccessRecord> entry(long id);

    /**
     * Every record of the filter as CSV, for a reason the auditor gives; recorded as a DOWNLOAD with the reason.
     *
     * @throws AccessLogTooLarge when more than {@link #EXPORT_MAX} records match
     */
    AccessLogExport export(@NotNull AccessLogFilter filter, @NotBlank @Size(max = REASON_MAX) String reason);

    /** Counts of the days from {@code from} to {@code to}, both included (UTC days). */
    ActivityOverview overview(@NotNull LocalDate from, @NotNull LocalDate to);
}
