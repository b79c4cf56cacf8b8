package dev.pims.web.guardian;

import dev.pims.membership.ChildProfile;
import dev.pims.membership.GuardianService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.ProfileDetails;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /guardian/child?token=…}: the link a child's legal representative asked for (30 minutes; policy §9, §11):
 * the child's data as the member's own profile shows it, the form that corrects it as the member's own may, and the
 * withdrawal for the child.
 */
@Named
@ViewScoped
public class ChildCarePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuardianService guardians;

    private String token;
    private ChildProfile child;
    private ProfileDetails change;
    private boolean withdrawn;

    public void load() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            child = guardians.viewChild(token);
            change = child.details().copy();
        } catch (MembershipRefusal invalidLink) {
            child = null;
        }
    }

    public void save() {
        try {
            guardians.correctChild(token, change);
            child = guardians.viewChild(token);
            Messages.info("guardian.child.saved");
        } catch (MembershipRefusal invalidLink) {
            child = null;
            Messages.error(invalidLink.reason().messageKey());
        }
    }

    public void withdraw() {
        try {
            guardians.withdrawChild(token);
            withdrawn = true;
        } catch (MembershipRefusal invalidLink) {
            child = null;
            Messages.error(invalidLink.reason().messageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ChildProfile getChild() {
        return child;
    }

    public ProfileDetails getChange() {
        return change;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
