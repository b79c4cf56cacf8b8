package dev.pims.jobs.internal;

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
    public Optional<JobRun> find(long id) {
        return Optional.ofNullable(entityManager.find(JobRun.class, id));
    }

    @Override
    public Optional<LocalDateTime> latestScheduledFor(String jobName) {
        return latest(jobName, 1).stream().map(JobRun::getScheduledFor).findFirst();
    }

    @Override
    public List<JobRun> latest(String jobName, int max) {
        return entityManager
                .createNamedQuery("JobRun.latestOf", JobRun.class)
                .setParameter("job", jobName)
                .setMaxResults(max)
                .getResultList();
    }
}
