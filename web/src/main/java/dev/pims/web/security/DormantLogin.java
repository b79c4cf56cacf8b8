package dev.pims.web.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * That this request's login found a dormant account with its right password (policy §4C): the identity store can only
 * refuse it, and the login page then says that the account is dormant and that a link to bring it back was sent.
 */
@RequestScoped
public class DormantLogin {

    private boolean found;

    void found() {
        found = true;
    }

    public boolean isFound() {
        return found;
    }
}
