package dev.pims.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The privacy officer drafts and publishes versions of the privacy policy (policy §13, §14); nobody else. A policy text
 * is no personal data, so these calls leave no access record; who drafted and who published a version is kept with it.
 */
public interface PolicyPublishing {

    /** The drafts not yet published, the newest first. */
    List<PolicyVersionView> drafts();

    /** Keeps a draft of a new version; nothing is announced yet. @return its id */
    long draft(@NotNull @Valid PolicyDraft draft);

    /**
     * Announces the draft now: from this moment it is in the archive, and it takes effect on its effective date.
     *
     * @throws PolicyRefusal if the effective date is less than 7 days after today (30 when the draft reduces members'
     *     rights or adds items or recipients), or the id names no draft
     */
    PolicyVersionView publish(long draftId);
}
