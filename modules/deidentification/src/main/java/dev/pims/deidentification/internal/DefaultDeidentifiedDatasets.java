package dev.pims.deidentification.internal;

import dev.pims.deidentification.CompanyIndustry;
import dev.pims.deidentification.DatasetRefusal;
import dev.pims.deidentification.DatasetReport;
import dev.pims.deidentification.DatasetRequest;
import dev.pims.deidentification.DeidentifiedDatasets;
import dev.pims.deidentification.domain.DatasetRows;
import dev.pims.deidentification.domain.Datasets;
import dev.pims.keyring.KeyRing;
import dev.pims.membership.MemberWork;
import dev.pims.membership.WorkAttributes;
import dev.pims.shared.Principals;
import dev.pims.usage.PeriodUses;
import dev.pims.usage.UsageForImprovement;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The privacy officer builds and signs off de-identified datasets, the auditors read their reports (policy §3D). The
 * members' data is read only through usage's and membership's audited APIs, which write the VIEW records naming the
 * members; what this bean keeps and shows names nobody, so it is off the audited road and the container checks the
 * roles.
 */
@Stateless
@RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
public class DefaultDeidentifiedDatasets implements DeidentifiedDatasets {

    private static final CompanyIndustries INDUSTRIES = CompanyIndustries.shipped();

    @Inject
    private UsageForImprovement usage;

    @Inject
    private WorkAttributes work;

    @Inject
    private KeyRing keyRing;

    @Inject
    private Datasets datasets;

    @Inject
    private DatasetRows rows;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public DatasetReport build(DatasetRequest request) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (!periodIsValid(request.getFirstDay(), request.getLastDay(), now.toLocalDate())) {
            throw new DatasetRefusal(DatasetRefusal.Reason.PERIOD_INVALID);
        }
        PeriodUses uses = usage.usesBetween(request.getFirstDay(), request.getLastDay());
        if (uses.more()) {
            throw new DatasetRefusal(DatasetRefusal.Reason.TOO_MANY_USES);
        }
        MemberWork members = uses.uses().isEmpty() ? new MemberWork(Map.of()) : work.ofMembers(uses.dataSubjectIds());
        byte[] key = Pseudonyms.newKey();
        try {
            KAnonymity.Outcome outcome =
                    new DatasetBuilder(INDUSTRIES).build(uses, members, key, request.getGranularity(), request.getK());
            DatasetReport report = datasets.add(
                    new DatasetReport(
                            0,
                            request.getPurpose().strip(),
                            request.getK(),
                            outcome.kReached(),
                            request.getGranularity(),
                            request.getFirstDay(),
                            request.getLastDay(),
                            outcome.kept().size(),
                            outcome.rowsSuppressed(),
                            outcome.membersKept(),
                            outcome.membersSuppressed(),
                            caller(),
                            now,
                            null,
                            null,
                            null,
                            null),
                    keyRing.sealBytes(key));
            rows.add(report.id(), outcome.kept());
            return report;
        } finally {
            // The key lives on only sealed; the clear copy goes as soon as the pseudonyms are made.
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Forwards, not after today, and at most {@link DatasetRequest#PERIOD_MAX_DAYS} days. */
    static boolean periodIsValid(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        return !lastDay.isBefore(firstDay)
                && !lastDay.isAfter(today)
                && ChronoUnit.DAYS.between(firstDay, lastDay) < DatasetRequest.PERIOD_MAX_DAYS;
    }

    @Override
    public List<DatasetReport> reports() {
        return datasets.all();
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public DatasetReport signOff(long datasetId) {
        DatasetReport report =
                datasets.byId(datasetId).orElseThrow(() -> new DatasetRefusal(DatasetRefusal.Reason.NO_SUCH_DATASET));
        String officer = caller();
        if (report.isDestroyed()) {
            throw new DatasetRefusal(DatasetRefusal.Reason.DESTROYED);
        }
        if (report.isSignedOff()) {
            throw new DatasetRefusal(DatasetRefusal.Reason.SIGNED_OFF_ALREADY);
        }
        if (report.builtBy().equals(officer)) {
            throw new DatasetRefusal(DatasetRefusal.Reason.SIGNED_OFF_BY_BUILDER);
        }
        if (!datasets.signOff(datasetId, officer, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new DatasetRefusal(DatasetRefusal.Reason.SIGNED_OFF_ALREADY);
        }
        return datasets.byId(datasetId).orElseThrow();
    }

    @Override
    public List<CompanyIndustry> industryMapping() {
        return INDUSTRIES.lines();
    }

    private String caller() {
        String name = session.getCallerPrincipal().getName();
        return Principals.staffLoginIdOf(name).orElse(name);
    }
}
