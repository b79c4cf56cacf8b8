package dev.pims.web.staff;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The login id of a member of staff who gave the right password but must change it before logging in. It lives in
 * the (already renewed) session only for the change page, which asks for the current password again anyway.
 */
@SessionScoped
public class PendingPasswordChange implements Serializable {

    private static final long serialVersionUID = 1L;

    private String loginId;

    void dueFor(String verifiedLoginId) {
        this.loginId = verifiedLoginId;
    }

    Optional<String> loginId() {
        return Optional.ofNullable(loginId);
    }

    void done() {
        this.loginId = null;
    }
}
