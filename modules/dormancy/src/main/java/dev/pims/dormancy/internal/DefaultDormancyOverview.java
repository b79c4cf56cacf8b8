package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyCounts;
import dev.pims.dormancy.DormancyJobRuns;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.DormancyOverview;
import dev.pims.dormancy.DormancyTerms;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobRunView;
import dev.pims.jobs.ScheduledJob;
import dev.pims.membership.DormancySettings;
import dev.pims.membership.MemberCensus;
import dev.pims.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The privacy officer's and the auditors' view of dormancy; counts only, never a member. It reads no member's data
 * (the census counts in the database, see {@link MemberCensus}), so it is off the audited road like
 * {@code DefaultRetentionOverview}; the roles are checked here.
 */
@Stateless
@RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
public class DefaultDormancyOverview implements DormancyOverview {

    /** The jobs of dormancy in the order the page shows them; the separation's only once it is registered. */
    private static final List<String> JOBS = List.of(DormancyNotices.JOB, SEPARATION_JOB);

    @Inject
    private MemberCensus census;

    @Inject
    private NoticeRecords notices;

    @Inject
    private JobLedger ledger;

    /** Asked by name, so that a job another part of the module registers shows up without this class knowing it. */
    @Inject
    @Any
    private Instance<ScheduledJob> jobs;

    @Inject
    private Clock clock;

    @Override
    public DormancyCounts counts() {
        NoticeOutlook outlook = new NoticeOutlook(
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                NoticeSettings.fromConfig().ahead());
        return outlook.count(census.byStanding(), census::countDormantBefore, notices::countNoticedSince);
    }

    @Override
    public DormancyTerms terms() {
        return new DormancyTerms(
                DormancySettings.fromConfig().idleBeforeDormancy().toDays(),
                NoticeSettings.fromConfig().ahead().toDays());
    }

    @Override
    public List<DormancyJobRuns> recentRuns(int max) {
        Set<String> registered = registeredJobs();
        return JOBS.stream()
                .filter(registered::contains)
                .map(job -> new DormancyJobRuns(job, ledger.recentRuns(job, max)))
                .toList();
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public OptionalLong runNoticesNow() {
        return ledger.requestRun(DormancyNotices.JOB);
    }

    @Override
    public Optional<JobRunView> run(long runId) {
        return ledger.run(runId).filter(run -> JOBS.contains(run.jobName()));
    }

    private Set<String> registeredJobs() {
        return jobs.stream().map(ScheduledJob::name).collect(Collectors.toSet());
    }
}
