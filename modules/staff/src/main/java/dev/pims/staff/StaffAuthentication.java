package dev.pims.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * Checks a member of staff's credentials for the staff login page, apart from any member login (policy §7B), in two
 * steps: the password, then a TOTP code (safety-measures standard Art. 5(6)). Every attempt is recorded with its
 * client address; consecutive failures of either step lock the account until the privacy officer unlocks it; a
 * password that is new, reset or expired must be changed, and an account without a second factor must enrol one,
 * before the person gets their roles.
 */
public interface StaffAuthentication {

    /** Six digits, as authenticator apps show them. */
    String CODE_PATTERN = "[0-9]{6}";

    /** The first step: never a success, at best the request for a code or an enrolment (or a password change). */
    StaffLogin authenticate(@NotNull String loginId, @NotNull String password);

    /**
     * The second step, within a few minutes of the right password: a code of the account's authenticator app, or
     * while enrolling of the secret just shown. A success carries the roles.
     */
    StaffLogin confirmCode(@NotNull String loginId, @NotNull @Pattern(regexp = CODE_PATTERN) String code);

    /**
     * The secret and QR code to enrol, for a login whose right password was given within the last minutes and whose
     * account has no second factor; the same until a code confirms it. None for any other login.
     */
    Optional<SecondFactorEnrolment> enrolment(@NotNull String loginId);
}
