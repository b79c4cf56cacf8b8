package dev.pims.partners;

import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** Provision records as the privacy officer reads them: the read's access record names their members. */
public record ProvisionList(List<ProvisionView> provisions) implements DataSubjects, Serializable {

    public ProvisionList {
        provisions = List.copyOf(provisions);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return provisions.stream().map(ProvisionView::memberId).distinct().toList();
    }
}
