package dev.pims.notices.internal;

import dev.pims.jobs.ChunkedWalk;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.membership.MemberCensus;
import dev.pims.membership.MemberStanding;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.TransferNotices;
import dev.pims.notices.domain.Transfers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every day at 01:00 UTC, and when the privacy officer records a transfer, mails each transfer whose date is still
 * ahead to every active member not mailed about it yet (policy §10), in chunks of {@code pims.notices.chunk-size}, each
 * its own transaction ({@link TransferMailChunk}). A member is mailed once per transfer whichever run finds them: a
 * retry after a crash, or the next day's run, skips those a committed chunk recorded. So a member who becomes active
 * before the date (a sign-up verified, a dormant account restored) is mailed by the next run; a pending sign-up or a
 * dormant account, whose address PIMS does not use, is not, and sees the transfer on the notice board and in the banner
 * of their pages once they are a member using the service again.
 */
@ApplicationScoped
class TransferMailJob implements ScheduledJob {

    @Inject
    private Transfers transfers;

    @Inject
    private MemberCensus census;

    @Inject
    private TransferMailChunk chunks;

    @Override
    public String name() {
        return TransferNotices.MAIL_JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(1, 0));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        LocalDate today = LocalDate.ofInstant(scheduledFor, ZoneOffset.UTC);
        List<TransferNotice> ahead = transfers.datedFrom(TransferTerms.mailedFrom(today));
        if (ahead.isEmpty()) {
            progress.expect(0);
            return new JobResult(0, "0 transfer notices queued: no transfer is dated after " + today);
        }
        // Counted off the audited road (a count names nobody).
        progress.expect(census.byStanding().getOrDefault(MemberStanding.ACTIVE, 0L));
        int chunkSize = TransferMailSettings.fromConfig().chunkSize();
        ChunkedWalk.Totals walked =
                ChunkedWalk.walk(0L, chunkSize, progress, after -> chunks.mail(ahead, after, chunkSize));
        long mailed = walked.acted();
        long read = walked.read();
        return new JobResult(
                mailed,
                mailed + " transfer notices queued for " + ahead.size() + " transfers ahead; " + read
                        + " active members read");
    }
}
