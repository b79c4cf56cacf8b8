package dev.pims.marketing.internal;

import dev.pims.jobs.ChunkedWalk;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.marketing.MarketingMail;
import dev.pims.marketing.domain.Newsletter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Every minute, writes the mails of each newsletter the privacy officer asked to send, the earliest request first, in
 * chunks of {@code pims.marketing.chunk-size} members with a live marketing consent ({@link NewsletterChunk}); when the
 * walk is through, the newsletter is SENT. A sweep: a downtime's missed minutes come down to one run, which does what
 * is asked by then. An attempt after a crash walks again from the start and skips whoever a committed chunk wrote to.
 */
@ApplicationScoped
class NewsletterJob implements ScheduledJob {

    @Inject
    private NewsletterChunk chunks;

    @Override
    public String name() {
        return MarketingMail.NEWSLETTER_JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.everyMinutes(1);
    }

    @Override
    public boolean catchesUpLatestOnly() {
        return true;
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        MarketingSettings settings = MarketingSettings.fromConfig();
        List<Newsletter> sending = chunks.sending();
        long written = 0;
        StringBuilder summary = new StringBuilder();
        for (Newsletter newsletter : sending) {
            written += ChunkedWalk.walk(
                            0L,
                            settings.chunkSize(),
                            progress,
                            after -> chunks.send(newsletter, settings.chunkSize(), after))
                    .acted();
            int count = chunks.finish(newsletter);
            summary.append("Newsletter ")
                    .append(newsletter.id())
                    .append(" sent to ")
                    .append(count)
                    .append(" members. ");
        }
        return new JobResult(
                written,
                sending.isEmpty() ? "No newsletter to send" : summary.toString().strip());
    }
}
