package dev.pims.inspection.internal;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionRefusal;
import dev.pims.inspection.InspectionReportView;
import dev.pims.inspection.InspectionSummary;
import dev.pims.inspection.Inspections;
import dev.pims.inspection.domain.ActorTaskCount;
import dev.pims.inspection.domain.InspectionReport;
import dev.pims.inspection.domain.InspectionReports;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The auditors' side of the monthly inspection; the container lets AUDITORs only call. */
@Stateless
@RolesAllowed(Principals.AUDITOR_ROLE)
public class DefaultInspections implements Inspections {

    @Inject
    private Inspector inspector;

    @Inject
    private InspectionReports reports;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    public InspectionReportView inspect(YearMonth month) {
        return view(inspector.inspect(month, caller()));
    }

    @Override
    public List<InspectionSummary> reports() {
        return reports.newestFirst().stream().map(report -> new InspectionSummary(report.getPeriod(),
                report.getCreatedAt(), report.getCreatedBy(), report.getFlags().size(),
                (int) report.getFlags().stream().filter(flag -> !flag.isReviewed()).count(),
                report.getSignedOffAt())).toList();
    }

    @Override
    public Optional<InspectionReportView> report(YearMonth month) {
        return reports.ofPeriod(month.toString()).map(DefaultInspections::view);
    }

    @Override
    public void review(long flagId, String note) {
        reports.flag(flagId).orElseThrow(() -> new InspectionRefusal(InspectionRefusal.Reason.NO_FLAG))
                .review(caller(), now(), note.trim());
    }

    @Override
    public void signOff(YearMonth month, String note) {
        existing(month).signOff(caller(), now(), note == null || note.isBlank() ? null : note.trim());
    }

    @Override
    public byte[] csv(YearMonth month) {
        return ReportCsv.of(view(existing(month)));
    }

    @Override
    public byte[] pdf(YearMonth month, Locale language) {
        return ReportPdf.of(view(existing(month)), language);
    }

    private InspectionReport existing(YearMonth month) {
        return reports.ofPeriod(month.toString())
                .orElseThrow(() -> new InspectionRefusal(InspectionRefusal.Reason.NO_REPORT));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static InspectionReportView view(InspectionReport report) {
        Map<String, Map<AccessTask, Long>> byActor = new LinkedHashMap<>();
        for (ActorTaskCount count : report.getCounts()) {
            byActor.computeIfAbsent(count.getActorId(), actor -> new EnumMap<>(AccessTask.class))
                    .put(count.getTask(), count.getRecords());
        }
        return new InspectionReportView(report.getPeriod(), report.getZone(), report.getCreatedAt(),
                report.getCreatedBy(), report.getSettings(), report.getSignedOffAt(), report.getSignedOffBy(),
                report.getSignOffNote(),
                byActor.entrySet().stream().map(actor -> new ActorCounts(actor.getKey(), actor.getValue())).toList(),
                report.getFlags().stream().map(flag -> new InspectionFlagView(flag.getId(), flag.getKind(),
                        flag.getActorId(), flag.getDay(), flag.getObserved(), flag.getRecordId(), flag.getDetail(),
                        flag.getReviewedAt(), flag.getReviewedBy(), flag.getReviewNote())).toList());
    }
}
