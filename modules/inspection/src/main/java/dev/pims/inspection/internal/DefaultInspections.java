package dev.pims.inspection.internal;

import dev.pims.inspection.InspectionRefusal;
import dev.pims.inspection.InspectionReportView;
import dev.pims.inspection.InspectionSummary;
import dev.pims.inspection.Inspections;
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
import java.util.List;
import java.util.Locale;
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
        return inspector.inspect(month, caller()).toView();
    }

    @Override
    public List<InspectionSummary> reports() {
        return reports.newestFirst().stream().map(InspectionReport::toSummary).toList();
    }

    @Override
    public Optional<InspectionReportView> report(YearMonth month) {
        return reports.ofPeriod(month.toString()).map(InspectionReport::toView);
    }

    @Override
    public void review(long flagId, String note) {
        reports.flag(flagId)
                .orElseThrow(() -> new InspectionRefusal(InspectionRefusal.Reason.NO_FLAG))
                .review(caller(), now(), note.trim());
    }

    @Override
    public void signOff(YearMonth month, String note) {
        existing(month).signOff(caller(), now(), note == null || note.isBlank() ? null : note.trim());
    }

    @Override
    public byte[] csv(YearMonth month) {
        return ReportCsv.of(existing(month).toView());
    }

    @Override
    public byte[] pdf(YearMonth month, Locale language) {
        return ReportPdf.of(existing(month).toView(), language);
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
}
