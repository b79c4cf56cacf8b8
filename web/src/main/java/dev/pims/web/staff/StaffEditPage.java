package dev.pims.web.staff;

import dev.pims.staff.StaffAdministration;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffSummary;
import dev.pims.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /admin/staff/edit?id=}: the privacy officer grants and revokes a staff member's roles and data categories,
 * or removes the account, each time with a reason (safety-measures standard Art. 5). Changes take effect at once.
 */
@Named
@ViewScoped
public class StaffEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STAFF_LIST = "/admin/staff";

    @Inject
    private StaffAdministration administration;

    private Long id;
    private StaffSummary member;
    private final StaffRights rights = new StaffRights();

    /** The view action of the page: loads the account named by {@code ?id=}. */
    public void load() {
        if (id == null) {
            Messages.error(StaffRefusal.Reason.NO_SUCH_STAFF.messageKey());
            return;
        }
        try {
            member = administration.staffMember(id);
            rights.showHeld(member.roles(), member.categories());
        } catch (StaffRefusal refusal) {
            Messages.error(refusal.reason().messageKey());
        }
    }

    public void save() {
        try {
            administration.changeRights(
                    member.id(), rights.chosenRoles(), rights.chosenCategories(), rights.getReason());
        } catch (StaffRefusal refusal) {
            Messages.error(refusal.reason().messageKey());
            return;
        }
        Messages.info("staffadmin.saved", member.loginId());
        load();
    }

    public void remove() throws IOException {
        try {
            administration.remove(member.id(), rights.getReason());
        } catch (StaffRefusal refusal) {
            Messages.error(refusal.reason().messageKey());
            return;
        }
        Messages.info("staffadmin.removed", member.loginId());
        Messages.keepForNextPage();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + STAFF_LIST);
    }

    public void resetSecondFactor() {
        try {
            administration.resetSecondFactor(member.id(), rights.getReason());
        } catch (StaffRefusal refusal) {
            Messages.error(refusal.reason().messageKey());
            return;
        }
        Messages.info("staffadmin.secondFactorReset", member.loginId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffSummary getMember() {
        return member;
    }

    public StaffRights getRights() {
        return rights;
    }
}
