package dev.pims.audit;

import dev.pims.shared.DataCategory;
import java.util.Set;

/**
 * A result of a {@link PersonalDataAccess} method that says which of the method's declared categories it actually
 * held, e.g. a handler's view of a member holding only the categories granted to that handler: the access record then
 * names only those (policy §7B, safety-measures standard Art. 8).
 */
public interface AccessedCategories {

    Set<DataCategory> accessedCategories();
}
