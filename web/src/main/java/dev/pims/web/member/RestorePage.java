package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /restore?token=…}: the link a dormant member's login sent (policy §4C). It brings the data back and asks the
 * member to log in, which then opens the profile; it does not log in itself, so that only the password ever opens a
 * session.
 */
@Named
@RequestScoped
public class RestorePage {

    @Inject
    private MemberSelfService members;

    private String token;
    private boolean restored;

    public void restore() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            members.restoreDormant(token);
            restored = true;
        } catch (MembershipRefusal invalidLink) {
            restored = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isRestored() {
        return restored;
    }
}
