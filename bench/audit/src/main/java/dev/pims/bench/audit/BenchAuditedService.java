package dev.pims.bench.audit;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import jakarta.ejb.Stateless;
import java.util.List;

/** An audited service whose only work is the access record the road writes: what the benchmark counts. */
@Stateless
public class BenchAuditedService {

    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.BASIC_PROFILE)
    public void view(@DataSubject long subject) {
        // The access record is the work.
    }

    @PersonalDataAccess(task = AccessTask.SEARCH, categories = DataCategory.BASIC_PROFILE)
    public void search(@DataSubject List<Long> subjects) {
        // The access record, naming every subject, is the work.
    }
}
