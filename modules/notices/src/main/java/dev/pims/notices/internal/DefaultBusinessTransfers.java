package dev.pims.notices.internal;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobRunView;
import dev.pims.notices.BusinessTransfers;
import dev.pims.notices.TransferForm;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.TransferNotices;
import dev.pims.notices.TransferRefusal;
import dev.pims.notices.TransferSummary;
import dev.pims.notices.domain.TransferDeliveries;
import dev.pims.notices.domain.Transfers;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The privacy officer's and the auditors' side of business transfers. It reads no member's data (the deliveries are
 * counted in the database), so it is off the audited road like {@code DefaultDormancyOverview}; the roles are
 * checked here.
 */
@Stateless
@RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
public class DefaultBusinessTransfers implements BusinessTransfers {

    @Inject
    private Transfers transfers;

    @Inject
    private TransferDeliveries deliveries;

    @Inject
    private JobLedger ledger;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public TransferNotice record(TransferForm form) {
        String caller = session.getCallerPrincipal().getName();
        return recordAsOf(
                transfers,
                form,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                Principals.staffLoginIdOf(caller).orElse(caller));
    }

    /** The one rule of every recording: the date at least 30 days after the recording. */
    static TransferNotice recordAsOf(Transfers transfers, TransferForm form, LocalDateTime now, String recordedBy) {
        if (form.getTransferOn().isBefore(TransferTerms.earliestDate(now))) {
            throw new TransferRefusal(TransferTerms.earliestDate(now));
        }
        return transfers.add(form, now, recordedBy);
    }

    @Override
    public List<TransferSummary> all() {
        return transfers.all().stream()
                .map(transfer -> new TransferSummary(transfer, deliveries.countOf(transfer.id())))
                .toList();
    }

    @Override
    public List<JobRunView> recentRuns(int max) {
        return ledger.recentRuns(TransferNotices.MAIL_JOB, max);
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public OptionalLong mailNow() {
        return ledger.requestRun(TransferNotices.MAIL_JOB);
    }

    @Override
    public Optional<JobRunView> run(long runId) {
        return ledger.run(runId).filter(run -> run.jobName().equals(TransferNotices.MAIL_JOB));
    }
}
