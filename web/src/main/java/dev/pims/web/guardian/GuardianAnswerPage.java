package dev.pims.web.guardian;

import dev.pims.membership.CollectionNotice;
import dev.pims.membership.GuardianRequest;
import dev.pims.membership.GuardianService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /guardian/consent?token=…} and {@code /guardian/refuse?token=…}: the links of the mail to a child's legal
 * representative (policy §9). Opening one only shows what the sign-up collects and why; the button (a POST) consents
 * or refuses. Both pages take the same link, which works for one answer.
 */
@Named
@ViewScoped
public class GuardianAnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuardianService guardians;

    private String token;
    private GuardianRequest request;
    private boolean consented;
    private boolean refused;

    public void load() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            request = guardians.viewRequest(token);
        } catch (MembershipRefusal invalidLink) {
            request = null;
        }
    }

    public void consent() {
        try {
            guardians.consent(token);
            consented = true;
        } catch (MembershipRefusal invalidLink) {
            Messages.error(invalidLink.reason().messageKey());
        }
    }

    public void refuse() {
        try {
            guardians.refuse(token);
            refused = true;
        } catch (MembershipRefusal invalidLink) {
            Messages.error(invalidLink.reason().messageKey());
        }
    }

    /** What is collected and why, in the words of the mail, in the language the page is shown in. */
    public List<String> notice(String language) {
        return request == null ? List.of() : CollectionNotice.lines(request.purposes(), language);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public GuardianRequest getRequest() {
        return request;
    }

    public boolean isConsented() {
        return consented;
    }

    public boolean isRefused() {
        return refused;
    }
}
