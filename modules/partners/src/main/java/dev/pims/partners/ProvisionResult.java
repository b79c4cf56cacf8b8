package dev.pims.partners;

import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * What a provision to a partner did (policy §3A, §3B): the members provided (each with a provision record), those
 * refused because their consent to the partner does not stand (each a DENIED access record), those with no live
 * account (nothing to provide), and the CSV file handed to the partner; no file when nobody was provided.
 */
public record ProvisionResult(
        String partner,
        List<Long> provided,
        List<Long> refusedWithoutConsent,
        List<Long> withoutAccount,
        String csv,
        String fileName)
        implements DataSubjects, Serializable {

    public ProvisionResult {
        provided = List.copyOf(provided);
        refusedWithoutConsent = List.copyOf(refusedWithoutConsent);
        withoutAccount = List.copyOf(withoutAccount);
    }

    public boolean hasFile() {
        return csv != null;
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return provided;
    }
}
