package dev.pims.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * What a member of staff types on {@code /admin/login}. A credential of its own type, so that the member identity
 * store never takes it and the staff identity store takes nothing else.
 */
public class StaffCredential extends UsernamePasswordCredential {

    public StaffCredential(String loginId, String password) {
        super(loginId, new Password(password));
    }
}
