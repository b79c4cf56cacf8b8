package dev.pims.notices;

import dev.pims.jobs.JobRunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Business transfers as the privacy officer records them and the auditors read them (policy §10), at
 * {@code /admin/transfers}. A transfer is recorded at least 30 days before its date, goes on the notice board at once
 * and is mailed to every active member by the job {@value TransferNotices#MAIL_JOB}. A recorded transfer is never
 * changed: members may have been told already. Only the privacy officer records and starts the job; both roles read.
 * No member's data passes here (counts only), so this is off the audited road; the roles are checked.
 */
public interface BusinessTransfers {

    /**
     * Records a transfer as of now, by the calling privacy officer.
     *
     * @throws TransferRefusal if its date is less than 30 days away
     */
    TransferNotice record(@NotNull @Valid TransferForm form);

    /** Every recorded transfer, the latest date first, with how many members were mailed. */
    List<TransferSummary> all();

    /** The latest runs of the mail job, newest first. */
    List<JobRunView> recentRuns(@Min(1) @Max(100) int max);

    /**
     * Starts a run of the mail job now, in the background.
     *
     * @return the run's id; empty if a run of it is going already
     */
    OptionalLong mailNow();

    /** A run of the mail job, by its id; empty if there is none, or it is another job's. */
    Optional<JobRunView> run(long runId);
}
