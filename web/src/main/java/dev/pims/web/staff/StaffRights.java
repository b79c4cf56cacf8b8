package dev.pims.web.staff;

import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The part of the staff pages' forms that both the creation and the change of rights have: roles, data categories
 * and the reason every change needs (safety-measures standard Art. 5(3)). Arrays, so that Faces converts the ticked
 * boxes to the enums.
 */
public class StaffRights implements Serializable {

    private static final long serialVersionUID = 1L;

    private StaffRole[] roles = {};
    private DataCategory[] categories = {};

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 500, message = "{pims.field.tooLong}")
    private String reason;

    void showHeld(Set<StaffRole> held, Set<DataCategory> granted) {
        roles = held.toArray(StaffRole[]::new);
        categories = granted.toArray(DataCategory[]::new);
        reason = null;
    }

    Set<StaffRole> chosenRoles() {
        Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
        if (roles != null) {
            chosen.addAll(Arrays.asList(roles));
        }
        return chosen;
    }

    Set<DataCategory> chosenCategories() {
        Set<DataCategory> chosen = EnumSet.noneOf(DataCategory.class);
        if (categories != null) {
            chosen.addAll(Arrays.asList(categories));
        }
        return chosen;
    }

    public StaffRole[] getRoles() {
        return roles;
    }

    public void setRoles(StaffRole[] roles) {
        this.roles = roles;
    }

    public DataCategory[] getCategories() {
        return categories;
    }

    public void setCategories(DataCategory[] categories) {
        this.categories = categories;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Every role, for the boxes. */
    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    /** Every data category, for the boxes. */
    public DataCategory[] getAllCategories() {
        return DataCategory.values();
    }
}
