package dev.pims.web.deidentification;

import dev.pims.deidentification.CompanyIndustry;
import dev.pims.deidentification.DatasetCustody;
import dev.pims.deidentification.DatasetFile;
import dev.pims.deidentification.DatasetRefusal;
import dev.pims.deidentification.DatasetReport;
import dev.pims.deidentification.DatasetRequest;
import dev.pims.deidentification.DeidentifiedDatasets;
import dev.pims.deidentification.JobFamily;
import dev.pims.deidentification.TimeGranularity;
import dev.pims.web.Dates;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/deidentification}: the privacy officer builds a de-identified dataset (purpose, k, period, how coarsely
 * time is told), a second officer signs its report off, and only then is it downloaded, with a reason; the officer may
 * discard one, with a reason too. The auditors read the reports and the mappings. The actions name a dataset by its number, shown in the
 * list.
 */
@Named
@ViewScoped
public class DeidentificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The period the form proposes: the last 30 days to today. */
    private static final int PROPOSED_DAYS = 30;

    @Inject
    private DeidentifiedDatasets datasets;

    @Inject
    private DatasetCustody custody;

    private DatasetRequest request;
    private Long datasetId;
    private String reason;

    private transient List<DatasetReport> reports;

    public DatasetRequest getRequest() {
        if (request == null) {
            request = new DatasetRequest();
            LocalDate today = Dates.today();
            request.setFirstDay(today.minusDays(PROPOSED_DAYS - 1));
            request.setLastDay(today);
        }
        return request;
    }

    public void build() {
        try {
            DatasetReport built = datasets.build(getRequest());
            Messages.info("deid.built", built.id(), built.kReached(), built.rowsKept(), built.rowsSuppressed());
            request = null;
            reports = null;
        } catch (DatasetRefusal refusal) {
            refused(refusal, "deid:lastDay");
        }
    }

    public void signOff() {
        if (!datasetChosen()) {
            return;
        }
        try {
            DatasetReport signed = datasets.signOff(datasetId);
            Messages.info("deid.signedOff", signed.id());
            reports = null;
        } catch (DatasetRefusal refusal) {
            refused(refusal, "actions:datasetId");
        }
    }

    public void download() throws IOException {
        if (!datasetChosen() || !reasonGiven()) {
            return;
        }
        try {
            DatasetFile file = custody.download(datasetId, reason.strip());
            FileDownload.csv(file.fileName(), file.csv());
        } catch (DatasetRefusal refusal) {
            refused(refusal, "actions:datasetId");
        }
    }

    public void discard() {
        if (!datasetChosen() || !reasonGiven()) {
            return;
        }
        try {
            DatasetReport discarded = custody.discard(datasetId, reason.strip());
            Messages.info("deid.discarded", discarded.id());
            reports = null;
        } catch (DatasetRefusal refusal) {
            refused(refusal, "actions:datasetId");
        }
    }

    private boolean datasetChosen() {
        if (datasetId == null || datasetId <= 0) {
            Messages.fieldError("actions:datasetId", "deid.datasetId.invalid");
            return false;
        }
        return true;
    }

    /** A download and a discarding each say why, as the access record keeps it. */
    private boolean reasonGiven() {
        if (reason == null || reason.isBlank() || reason.length() > DatasetCustody.REASON_MAX) {
            Messages.fieldError("actions:reason", "deid.reason.invalid", DatasetCustody.REASON_MAX);
            return false;
        }
        return true;
    }

    /** Each refusal has its own sentence in the bundle ({@code deid.refused.REASON}), next to the field it is about. */
    private static void refused(DatasetRefusal refusal, String field) {
        Messages.fieldError(field, "deid.refused." + refusal.reason().name(), DatasetRequest.PERIOD_MAX_DAYS);
    }

    public List<DatasetReport> getReports() {
        if (reports == null) {
            reports = datasets.reports();
        }
        return reports;
    }

    public List<CompanyIndustry> getIndustryMapping() {
        return datasets.industryMapping();
    }

    public List<JobFamily> getJobFamilies() {
        return List.of(JobFamily.values());
    }

    public String keywordsOf(JobFamily family) {
        return String.join(", ", family.keywords());
    }

    public List<TimeGranularity> getGranularities() {
        return List.of(TimeGranularity.values());
    }

    public List<DatasetReport.Attribute> getAttributes() {
        return List.of(DatasetReport.Attribute.values());
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public void setDatasetId(Long datasetId) {
        this.datasetId = datasetId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
