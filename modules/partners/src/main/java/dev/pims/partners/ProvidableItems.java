package dev.pims.partners;

import dev.pims.membership.CareField;
import dev.pims.shared.DataCategory;

/**
 * Which of a member's fields may be an item of a provision (policy §3): any but the legal representative's, whose
 * data was given for the child's membership only (§9). Not on {@link Provisions}: an EJB's business interface holds
 * business methods only.
 */
public final class ProvidableItems {

    private ProvidableItems() {}

    public static boolean includes(CareField item) {
        return item.category() != DataCategory.LEGAL_REPRESENTATIVE;
    }
}
