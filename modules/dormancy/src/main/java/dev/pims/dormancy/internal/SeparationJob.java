package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Every day at 01:00 UTC, after the notices, makes dormant the members whose notice of the current cycle announced a
 * date at or before the run's <em>scheduled</em> time (policy §4C): nobody is separated without a notice
 * {@code pims.dormancy.notice-days} before, never early, and an attempt after a crash uses the same time. In chunks of
 * {@code pims.dormancy.chunk-size}, each its own transaction over both stores ({@link SeparationChunk}); each chunk
 * settles every notice it read, so the next reads the ones after.
 */
@ApplicationScoped
class SeparationJob implements ScheduledJob {

    @Inject
    private NoticeRecords records;

    @Inject
    private SeparationChunk chunks;

    @Override
    public String name() {
        return DormancyNotices.SEPARATION_JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(1, 0));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        LocalDateTime at = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        int chunkSize = NoticeSettings.fromConfig().chunkSize();
        progress.expect(records.countDueForSeparation(at));
        long settled = 0;
        long separated = 0;
        SeparationChunk.Done done;
        do {
            done = chunks.separate(at, chunkSize);
            settled += done.settled();
            separated += done.separated();
            progress.advance(done.settled());
        } while (done.settled() >= chunkSize);
        return new JobResult(
                separated,
                separated + " members made dormant; " + (settled - separated)
                        + " noticed members were active again, kept active or gone");
    }
}
