package dev.pims.web.audit;

import dev.pims.accesslog.AccessLog;
import dev.pims.accesslog.AccessLogExport;
import dev.pims.accesslog.AccessLogTooLarge;
import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.shared.DataCategory;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /audit/records}: the access log for the auditors, filtered by actor, data subject id, task, category, outcome
 * and time, newest first; and the CSV export of the filtered view for a reason, itself a DOWNLOAD access record.
 */
@Named
@ViewScoped
public class AuditRecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    private AccessLog log;

    private final AccessLogFilter filter = new AccessLogFilter();

    @Size(max = AccessLog.REASON_MAX, message = "{pims.field.tooLong}")
    private String exportReason;

    private AccessLogResults results;

    @PostConstruct
    void showNewest() {
        results = new AccessLogResults(filter.copy());
    }

    /** The table shows what the form asked for when it was sent; changing the form alone changes nothing. */
    public void search() {
        results = new AccessLogResults(filter.copy());
    }

    /** Exports what the table shows (the filter it was found with), never a form not yet sent. */
    public void export() throws IOException {
        if (exportReason == null || exportReason.isBlank()) {
            Messages.fieldError("export:exportReason", "audit.export.reasonRequired");
            return;
        }
        try {
            AccessLogExport export = log.export(results.filter(), exportReason.trim());
            FileDownload.csv("access-records.csv", export.csv());
        } catch (AccessLogTooLarge tooLarge) {
            Messages.error("audit.export.tooLarge", AccessLog.EXPORT_MAX);
        }
    }

    public AccessLogFilter getFilter() {
        return filter;
    }

    public AccessLogResults getResults() {
        return results;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<AccessTask> getTasks() {
        return List.of(AccessTask.values());
    }

    public List<AccessOutcome> getOutcomes() {
        return List.of(AccessOutcome.values());
    }

    public List<DataCategory> getCategories() {
        return List.of(DataCategory.values());
    }

    public String getExportReason() {
        return exportReason;
    }

    public void setExportReason(String exportReason) {
        this.exportReason = exportReason;
    }
}
