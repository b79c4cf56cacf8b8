package dev.pims.web.staff;

import dev.pims.staff.StaffUnlocking;
import dev.pims.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code /admin/staff/unlock}: the privacy officer unlocks a staff account locked after repeated failed logins
 * (policy §7B). The service itself admits the privacy officer only; this page just names the account.
 */
@Named
@RequestScoped
public class UnlockPage {

    @Inject
    private StaffUnlocking unlocking;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 50, message = "{pims.field.tooLong}")
    private String loginId;

    public void unlock() {
        try {
            if (unlocking.unlock(loginId)) {
                Messages.info("staff.unlock.done", loginId.trim());
            } else {
                Messages.error("staff.unlock.notLocked", loginId.trim());
            }
        } catch (EJBAccessException notTheOfficer) {
            Messages.error("staff.unlock.notAllowed");
        }
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }
}
