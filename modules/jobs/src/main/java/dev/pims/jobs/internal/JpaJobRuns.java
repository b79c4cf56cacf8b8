package dev.pims.jobs.internal;

import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.domain.JobRun;
import dev.pims.jobs.domain.JobRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaJobRuns implements JobRuns {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void claim(JobRun run) {
        entityManager.persist(run);
        entityManager.flush();
    }

    @Override
    public Optional<LocalDateTime> latestScheduledFor(String jobName) {
        return latest(jobName, 1).stream().map(JobRun::getScheduledFor).findFirst();
    }

    @Override
    public Optional<LocalDateTime> latestScheduledForUpTo(String jobName, LocalDateTime upTo) {
        return Optional.ofNullable(entityManager
                .createNamedQuery("JobRun.latestScheduledForUpTo", LocalDateTime.class)
                .setParameter("job", jobName)
                .setParameter("upTo", upTo)
                .getSingleResult());
    }

    @Override
    public List<JobRun> latest(String jobName, int max) {
        return entityManager
                .createNamedQuery("JobRun.latestOf", JobRun.class)
                .setParameter("job", jobName)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<JobRun> unfinished(String jobName, int maxAttempts) {
        return entityManager
                .createNamedQuery("JobRun.unfinishedOf", JobRun.class)
                .setParameter("job", jobName)
                .setParameter("succeeded", JobOutcome.SUCCEEDED)
                .setParameter("maxAttempts", maxAttempts)
                .getResultList();
    }

    @Override
    public int abandon(String jobName, int maxAttempts, LocalDateTime now, String summary) {
        return entityManager
                .createNamedQuery("JobRun.abandon")
                .setParameter("failed", JobOutcome.FAILED)
                .setParameter("running", JobOutcome.RUNNING)
                .setParameter("now", now)
                .setParameter("summary", summary)
                .setParameter("job", jobName)
                .setParameter("maxAttempts", maxAttempts)
                .executeUpdate();
    }

    @Override
    public boolean takeOver(long id, int attempts, String claimedBy, LocalDateTime now, LocalDateTime leaseUntil) {
        return entityManager
                        .createNamedQuery("JobRun.takeOver")
                        .setParameter("running", JobOutcome.RUNNING)
                        .setParameter("failed", JobOutcome.FAILED)
                        .setParameter("by", claimedBy)
                        .setParameter("leaseUntil", leaseUntil)
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("attempts", attempts)
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean renew(long id, int attempts, String claimedBy, LocalDateTime leaseUntil, long count) {
        return entityManager
                        .createNamedQuery("JobRun.renew")
                        .setParameter("leaseUntil", leaseUntil)
                        .setParameter("count", count)
                        .setParameter("id", id)
                        .setParameter("attempts", attempts)
                        .setParameter("by", claimedBy)
                        .setParameter("running", JobOutcome.RUNNING)
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<JobRun> byId(long id) {
        return Optional.ofNullable(entityManager.find(JobRun.class, id));
    }

    @Override
    public boolean expect(long id, int attempts, String claimedBy, long expected) {
        return entityManager
                        .createNamedQuery("JobRun.expect")
                        .setParameter("expected", expected)
                        .setParameter("id", id)
                        .setParameter("attempts", attempts)
                        .setParameter("by", claimedBy)
                        .setParameter("running", JobOutcome.RUNNING)
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean end(
            long id, int attempts, String claimedBy, LocalDateTime at, JobOutcome outcome, long count, String summary) {
        return entityManager
                        .createNamedQuery("JobRun.end")
                        .setParameter("outcome", outcome)
                        .setParameter("endedAt", at)
                        .setParameter("count", count)
                        .setParameter("summary", JobRun.kept(summary))
                        .setParameter("id", id)
                        .setParameter("attempts", attempts)
                        .setParameter("by", claimedBy)
                        .setParameter("running", JobOutcome.RUNNING)
                        .executeUpdate()
                == 1;
    }
}
