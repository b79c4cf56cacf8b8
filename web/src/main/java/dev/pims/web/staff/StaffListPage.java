package dev.pims.web.staff;

import dev.pims.staff.StaffAdministration;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffSummary;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * {@code /admin/staff}: the privacy officer's list of staff and the form for a new account (safety-measures standard
 * Art. 5). The new account's one-time password is shown in the answer to the form only, never again.
 */
@Named
@ViewScoped
public class StaffListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAdministration administration;

    private List<StaffSummary> staff;

    @NotBlank(message = "{pims.field.required}")
    @Pattern(regexp = StaffAdministration.LOGIN_ID_PATTERN, message = "{staffadmin.loginId.pattern}")
    private String loginId;

    private final StaffRights rights = new StaffRights();

    private String createdLoginId;
    private String initialPassword;

    @PostConstruct
    void load() {
        staff = administration.allStaff();
    }

    public void create() {
        try {
            initialPassword =
                    administration.create(loginId, rights.chosenRoles(), rights.chosenCategories(), rights.getReason());
        } catch (StaffRefusal refusal) {
            Messages.error(refusal.reason().messageKey());
            return;
        }
        createdLoginId = loginId;
        Messages.info("staffadmin.created", loginId);
        loginId = null;
        rights.showHeld(Set.of(), Set.of());
        load();
    }

    public List<StaffSummary> getStaff() {
        return staff;
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public StaffRights getRights() {
        return rights;
    }

    public String getCreatedLoginId() {
        return createdLoginId;
    }

    public String getInitialPassword() {
        return initialPassword;
    }
}
