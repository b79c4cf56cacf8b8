package dev.pims.marketing.internal;

import dev.pims.consent.MarketingConsents;
import dev.pims.jobs.ChunkedWalk;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.marketing.MarketingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Every day at 01:00 UTC, tells each member whose consent to marketing e-mail turned two years old, or two years past
 * the notice before, what they agreed to and how to withdraw (policy §1D, Network Act Art. 50(8)), in chunks of
 * {@code pims.marketing.chunk-size}, each its own transaction ({@link ReconfirmationChunk}).
 * <p>
 * Who is due is counted from the <em>scheduled</em> time, so an attempt after a crash asks for the same members and
 * finds those a committed chunk told in a new cycle already. A withdrawal and a new consent start over from the new
 * consent. Members not active (dormant, pending) are not written to, and are told once they are active again.
 */
@ApplicationScoped
class ReconfirmationJob implements ScheduledJob {

    @Inject
    private MarketingConsents consents;

    @Inject
    private ReconfirmationChunk chunks;

    @Override
    public String name() {
        return MarketingMail.RECONFIRMATION_JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(1, 0));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        LocalDateTime at = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        MarketingSettings settings = MarketingSettings.fromConfig();
        // Counted off the audited road (a count names nobody), so that a day without old consents reads no one's data.
        long old = consents.countLiveGivenBefore(settings.cycleBeganBy(at));
        progress.expect(old);
        if (old == 0) {
            return new JobResult(0, "No marketing consent was given before " + settings.cycleBeganBy(at));
        }
        ChunkedWalk.Totals walked =
                ChunkedWalk.walk(0L, settings.chunkSize(), progress, after -> chunks.notice(at, settings, after));
        long noticed = walked.acted();
        long read = walked.read();
        return new JobResult(
                noticed,
                noticed + " reconfirmation notices queued; " + (read - noticed) + " of the " + read
                        + " consents given before " + settings.cycleBeganBy(at)
                        + " were reconfirmed less than two years ago, or are of members not active");
    }
}
