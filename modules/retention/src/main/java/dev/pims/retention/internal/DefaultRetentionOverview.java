package dev.pims.retention.internal;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobRunView;
import dev.pims.retention.DestructionEntry;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.RuleStatus;
import dev.pims.retention.domain.DestructionLedger;
import dev.pims.shared.CsvText;
import dev.pims.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The privacy officer's and the auditors' view of retention; counts and the ledger only, never a record itself. */
@Stateless
@RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
public class DefaultRetentionOverview implements RetentionOverview {

    private static final int DAYS_AHEAD = 30;

    @Inject
    private RetentionEngine engine;

    @Inject
    private DestructionLedger destructions;

    @Inject
    private JobLedger jobs;

    @Inject
    private Clock clock;

    @Override
    public List<RuleStatus> rules(Locale locale) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return engine.rules().stream().map(rule -> status(rule, now, locale)).toList();
    }

    private static RuleStatus status(RetentionRule rule, LocalDateTime now, Locale locale) {
        return new RuleStatus(
                rule.name(),
                rule.text(locale),
                rule.period(),
                rule.countDueBefore(RetentionEngine.threshold(rule, now)),
                rule.countDueBefore(RetentionEngine.threshold(rule, now.plusDays(DAYS_AHEAD))));
    }

    @Override
    public List<JobRunView> recentRuns(int max) {
        return jobs.recentRuns(ENGINE_JOB, max);
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public boolean runNow() {
        return jobs.requestRun(ENGINE_JOB).isPresent();
    }

    @Override
    public List<DestructionEntry> ledger(int max) {
        return destructions.perRunAndRule(max);
    }

    @Override
    public String ledgerCsv() {
        CsvText csv = new CsvText().line("job run", "rule", "records", "oldest", "newest", "destroyed at");
        for (DestructionEntry entry : destructions.perRunAndRule(Integer.MAX_VALUE)) {
            csv.line(
                    Long.toString(entry.jobRunId()),
                    entry.rule(),
                    Long.toString(entry.records()),
                    entry.oldest().toString(),
                    entry.newest().toString(),
                    entry.destroyedAt().toString());
        }
        return csv.toString();
    }
}
