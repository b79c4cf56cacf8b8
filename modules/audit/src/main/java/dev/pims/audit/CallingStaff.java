package dev.pims.audit;

import dev.pims.shared.DataCategory;

/**
 * The member of staff on whose behalf a member-care call runs, and the data categories granted to them (their
 * scope, policy §7B). Member care shows and exports nothing of a category outside it.
 */
public interface CallingStaff {

    boolean mayReach(DataCategory category);
}
