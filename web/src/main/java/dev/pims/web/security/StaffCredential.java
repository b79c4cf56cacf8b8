package dev.pims.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The last step of a staff login: the login id whose right password this session gave just before, and a code of
 * its second factor. Only the staff login pages make one, from the login id their session keeps, never from a login
 * id a client sends; the staff service refuses a code that comes without a right password just before anyway.
 */
public class StaffCredential implements Credential {

    private final String loginId;
    private final String code;

    public StaffCredential(String loginId, String code) {
        this.loginId = loginId;
        this.code = code;
    }

    String loginId() {
        return loginId;
    }

    String code() {
        return code;
    }
}
