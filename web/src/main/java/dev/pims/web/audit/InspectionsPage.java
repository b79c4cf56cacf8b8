package dev.pims.web.audit;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.InspectionRefusal;
import dev.pims.inspection.InspectionReportView;
import dev.pims.inspection.InspectionSummary;
import dev.pims.inspection.Inspections;
import dev.pims.web.Dates;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /audit/inspections}: the monthly inspection (safety-measures standard Art. 8). The auditor makes the report
 * of an ended month (the monthly job makes it too; either finds the other's), reviews every flag with a note, signs
 * the report off and downloads it as CSV or PDF. {@code ?month=yyyy-MM} opens one report.
 */
@Named
@ViewScoped
public class InspectionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Inspections inspections;

    private String month;
    private InspectionReportView report;
    private final Map<Long, String> notes = new HashMap<>();
    private String signOffNote;

    /** The view action: the report asked for, else the previous month's if it has one. */
    public void load() {
        if (month == null || month.isBlank()) {
            month = YearMonth.now(Dates.clock().withZone(ZoneOffset.UTC))
                    .minusMonths(1)
                    .toString();
        }
        YearMonth asked = parsed();
        report = asked == null ? null : inspections.report(asked).orElse(null);
    }

    public void inspect() {
        YearMonth asked = parsed();
        if (asked == null) {
            Messages.fieldError("inspect:month", "inspection.month.invalid");
            return;
        }
        try {
            report = inspections.inspect(asked);
            Messages.info("inspection.made", asked.toString());
        } catch (InspectionRefusal refusal) {
            refused(refusal);
        }
    }

    public void review(long flagId) {
        String note = notes.get(flagId);
        if (note == null || note.isBlank()) {
            Messages.error("inspection.review.noteRequired");
            return;
        }
        try {
            inspections.review(flagId, note);
            notes.remove(flagId);
            reload();
        } catch (InspectionRefusal refusal) {
            refused(refusal);
        }
    }

    public void signOff() {
        try {
            inspections.signOff(YearMonth.parse(report.period()), signOffNote);
            reload();
            Messages.info("inspection.signedOff");
        } catch (InspectionRefusal refusal) {
            refused(refusal);
        }
    }

    public void downloadCsv() throws IOException {
        FileDownload.send(
                "inspection-" + report.period() + ".csv",
                "text/csv; charset=UTF-8",
                inspections.csv(YearMonth.parse(report.period())));
    }

    public void downloadPdf() throws IOException {
        FileDownload.send(
                "inspection-" + report.period() + ".pdf",
                "application/pdf",
                inspections.pdf(
                        YearMonth.parse(report.period()),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    private void reload() {
        report = inspections.report(YearMonth.parse(report.period())).orElse(null);
    }

    private YearMonth parsed() {
        try {
            return month == null ? null : YearMonth.parse(month.trim());
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    private static void refused(InspectionRefusal refusal) {
        Messages.error("inspection.refused." + refusal.reason().name());
    }

    /** The columns of the per-actor counts. */
    public List<AccessTask> getTasks() {
        return List.of(AccessTask.values());
    }

    public List<InspectionSummary> getReports() {
        return inspections.reports();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public InspectionReportView getReport() {
        return report;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public void setSignOffNote(String signOffNote) {
        this.signOffNote = signOffNote;
    }
}
