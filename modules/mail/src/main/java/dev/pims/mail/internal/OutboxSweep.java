package dev.pims.mail.internal;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every minute, attempts every mail that is due: its first attempt was missed (the server stopped before it, or the
 * immediate attempt found the mail claimed), or its retry has come. Mails are taken {@value #CHUNK} at a time; each
 * attempt claims and records in transactions of its own. A sweep's run does whatever is due when it runs, so after a
 * downtime only its latest missed minute is run, and running it again does no harm: a mail sent is no longer due.
 */
@ApplicationScoped
class OutboxSweep implements ScheduledJob {

    static final int CHUNK = 100;

    @Inject
    private OutboxTransactions transactions;

    @Inject
    private MailDelivery delivery;

    @Override
    public String name() {
        return MailOutbox.SWEEP_JOB;
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
        Map<MailDelivery.Attempt, Long> attempts = new EnumMap<>(MailDelivery.Attempt.class);
        List<Long> chunk = transactions.due(CHUNK);
        while (!chunk.isEmpty()) {
            long claimed = 0;
            for (long mailId : chunk) {
                MailDelivery.Attempt attempt = delivery.attempt(mailId);
                attempts.merge(attempt, 1L, Long::sum);
                if (attempt != MailDelivery.Attempt.NOT_CLAIMED) {
                    claimed++;
                    // Each attempt may wait for the SMTP timeouts: a chunk may last longer than the run's lease.
                    progress.advance(1);
                }
            }
            // A mail attempted is due no longer (sent, given up, or retried later), nor one another sender claimed;
            // a chunk of which none was claimed here means the rest is another sender's.
            chunk = claimed == 0 ? List.of() : transactions.due(CHUNK);
        }
        long sent = attempts.getOrDefault(MailDelivery.Attempt.SENT, 0L);
        long failed = attempts.getOrDefault(MailDelivery.Attempt.FAILED, 0L);
        long givenUp = attempts.getOrDefault(MailDelivery.Attempt.GIVEN_UP, 0L);
        return new JobResult(
                sent + failed + givenUp,
                sent + " mail(s) sent, " + failed + " to be retried, " + givenUp + " given up");
    }
}
