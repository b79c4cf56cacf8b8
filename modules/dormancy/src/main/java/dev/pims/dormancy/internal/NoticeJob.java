package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.jobs.ChunkedWalk;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.membership.DormancyCandidates.Cursor;
import dev.pims.membership.MemberCensus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Every day at 00:30 UTC, tells each member whose account becomes dormant within {@code pims.dormancy.notice-days}
 * (policy §4C), in chunks of {@code pims.dormancy.chunk-size}, each its own transaction ({@link NoticeChunk}).
 * <p>
 * Who is due is counted from the <em>scheduled</em> time, so an attempt after a crash asks for the same members; it
 * finds told those a committed chunk told, and tells the rest. A member is told once per cycle whichever run finds
 * them: a login moves the last activity and so begins a new cycle, which gets its own notice if the member is idle
 * again for long enough.
 */
@ApplicationScoped
class NoticeJob implements ScheduledJob {

    @Inject
    private MemberCensus census;

    @Inject
    private NoticeChunk chunks;

    @Override
    public String name() {
        return DormancyNotices.JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(0, 30));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        LocalDateTime at = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        NoticeSettings settings = NoticeSettings.fromConfig();
        // Counted off the audited road (a count names nobody), so that a day without candidates reads no one's data.
        long due = census.countDormantBefore(settings.dormantBefore(at));
        progress.expect(due);
        if (due == 0) {
            return new JobResult(0, "No member becomes dormant before " + settings.dormantBefore(at));
        }
        ChunkedWalk.Totals walked = ChunkedWalk.walk(
                Cursor.START, settings.chunkSize(), progress, after -> chunks.notice(at, settings, after));
        long noticed = walked.acted();
        long read = walked.read();
        return new JobResult(
                noticed,
                noticed + " notices queued; " + (read - noticed) + " of the " + read
                        + " members becoming dormant before " + settings.dormantBefore(at) + " had theirs already");
    }
}
