package dev.pims.membership;

import jakarta.validation.constraints.NotNull;

/** Checks a member's credentials for the login form. */
public interface MemberAuthentication {

    Authentication authenticate(@NotNull String email, @NotNull String password);
}
