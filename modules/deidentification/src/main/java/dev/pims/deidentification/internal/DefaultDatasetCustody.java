package dev.pims.deidentification.internal;

import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.deidentification.DatasetCustody;
import dev.pims.deidentification.DatasetFile;
import dev.pims.deidentification.DatasetRefusal;
import dev.pims.deidentification.DatasetReport;
import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.deidentification.domain.DatasetRows;
import dev.pims.deidentification.domain.Datasets;
import dev.pims.shared.CsvText;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A dataset leaves PIMS or ends on the audited road (policy §3D, §6). A pseudonymised dataset is still personal
 * information whose members a key could name, so its download is a DOWNLOAD record of the categories it was made from
 * (service usage, basic profile) with the officer's reason and the dataset as its detail; it names no member as a
 * subject, since the rows name none and writing them down would link the dataset back to them. The road checks the
 * role, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultDatasetCustody implements DatasetCustody {

    @Inject
    private Datasets datasets;

    @Inject
    private DatasetRows rows;

    @Inject
    private DatasetDestruction destruction;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @PersonalDataAccess(
            task = AccessTask.DOWNLOAD,
            categories = {DataCategory.SERVICE_USAGE, DataCategory.BASIC_PROFILE},
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public DatasetFile download(long datasetId, @AccessReason String reason) {
        DatasetReport report = live(datasetId);
        if (!report.isSignedOff()) {
            throw new DatasetRefusal(DatasetRefusal.Reason.NOT_SIGNED_OFF);
        }
        List<DatasetRow> kept = rows.of(datasetId);
        CsvText csv = new CsvText().line(DatasetRow.HEADER);
        kept.forEach(row -> csv.line(row.fields()));
        return new DatasetFile(datasetId, kept.size(), csv.toString());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DESTROY,
            categories = {DataCategory.SERVICE_USAGE, DataCategory.BASIC_PROFILE},
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public DatasetReport discard(long datasetId, @AccessReason String reason) {
        live(datasetId);
        String name = session.getCallerPrincipal().getName();
        if (!destruction.destroy(
                datasetId,
                Principals.staffLoginIdOf(name).orElse(name),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new DatasetRefusal(DatasetRefusal.Reason.DESTROYED);
        }
        return datasets.byId(datasetId).orElseThrow();
    }

    private DatasetReport live(long datasetId) {
        DatasetReport report =
                datasets.byId(datasetId).orElseThrow(() -> new DatasetRefusal(DatasetRefusal.Reason.NO_SUCH_DATASET));
        if (report.isDestroyed()) {
            throw new DatasetRefusal(DatasetRefusal.Reason.DESTROYED);
        }
        return report;
    }
}
