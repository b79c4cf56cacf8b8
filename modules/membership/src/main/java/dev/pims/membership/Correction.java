package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import java.util.Collection;
import java.util.List;

/** What a correction changed: its access record names the fields, never their old or new values. */
public record Correction(Collection<CareField> changedFields) implements AccessDetail {

    public Correction {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String accessDetail() {
        return changedFields.isEmpty()
                ? "no field changed"
                : "fields changed: "
                        + String.join(
                                ",", changedFields.stream().map(Enum::name).toList());
    }
}
