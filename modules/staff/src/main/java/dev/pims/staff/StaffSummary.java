package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff account as the privacy officer's pages show it: who, and which rights in the order of their enums; never
 * the password hash.
 */
public record StaffSummary(
        long id, String loginId, Set<StaffRole> roles, Set<DataCategory> categories, LocalDateTime createdAt)
        implements Serializable {

    public StaffSummary {
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        categories = Collections.unmodifiableSet(new TreeSet<>(categories));
    }
}
