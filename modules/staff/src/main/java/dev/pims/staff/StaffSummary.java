package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff account as the privacy officer's pages show it: who, and which rights in the order of their enums; never
 * the password hash.
 */
public class StaffSummary {

    private final long id;
    private final String loginId;
    private final Set<StaffRole> roles;
    private final Set<DataCategory> categories;
    private final LocalDateTime createdAt;

    public StaffSummary(long id, String loginId, Set<StaffRole> roles, Set<DataCategory> categories,
            LocalDateTime createdAt) {
        this.id = id;
        this.loginId = loginId;
        this.roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        this.categories = Collections.unmodifiableSet(new TreeSet<>(categories));
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public Set<StaffRole> getRoles() {
        return roles;
    }

    public Set<DataCategory> getCategories() {
        return categories;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
