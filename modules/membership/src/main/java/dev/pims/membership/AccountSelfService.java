package dev.pims.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's own account information (policy §2A(1), §5): the e-mail address and the password, and the roads back
 * into an account whose password is forgotten or whose verification mail was lost. Each one-time link is random, kept
 * only as its SHA-256 with an expiry, and works once. The requests a visitor makes for an address (a reset, a new
 * verification link) answer the same whether or not the address is a member's: only its mailbox learns.
 */
public interface AccountSelfService {

    /** How long a link of a forgotten password works. */
    int RESET_LINK_MINUTES = 30;

    /**
     * The signed-in member asks to use another address, with the current password again. The new address gets a link
     * that makes it the account's; while the link is not followed the old one stays. When another member has the new
     * address, that member is told instead, and the caller hears the same as if the link had gone.
     *
     * @throws CurrentPasswordRefused {@code WRONG_PASSWORD}, or {@code ADDRESS_LOCKED} after too many in a row
     * @throws MembershipRefusal {@code EMAIL_UNCHANGED} for the account's own address
     */
    AccountRequest changeOwnEmail(
            @NotBlank @Size(max = FieldRules.PASSWORD_MAX) String currentPassword,
            @NotBlank @Size(max = 254) @Pattern(regexp = FieldRules.EMAIL) String newEmail);

    /**
     * The link sent to the new address: it becomes the account's address, and the old address is told.
     *
     * @throws MembershipRefusal {@code INVALID_EMAIL_CHANGE_LINK} when the link is unknown, used or expired, or the
     *     address was taken meanwhile
     */
    AccountRequest confirmEmailChange(@NotBlank @Size(max = 100) String token);

    /**
     * The signed-in member chooses a new password, with the current one again; every other session of the member ends
     * at its next request.
     *
     * @return the new session generation, which the caller's own session keeps
     * @throws CurrentPasswordRefused {@code WRONG_PASSWORD}, or {@code ADDRESS_LOCKED} after too many in a row
     */
    int changeOwnPassword(
            @NotBlank @Size(max = FieldRules.PASSWORD_MAX) String currentPassword,
            @NotBlank
                    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX)
                    @Pattern(regexp = FieldRules.PASSWORD)
                    String newPassword);

    /**
     * A forgotten password: an active member's address gets a link valid {@value #RESET_LINK_MINUTES} minutes; any
     * other address gets nothing, and the caller cannot tell the two apart. At most one link in a few minutes.
     */
    AccountRequest requestPasswordReset(@NotBlank @Size(max = 254) String email);

    /**
     * The link of a forgotten password sets a new one; it works once, and every session of the member ends.
     *
     * @throws MembershipRefusal {@code INVALID_RESET_LINK} when the link is unknown, used or expired
     */
    AccountRequest resetPassword(
            @NotBlank @Size(max = 100) String token,
            @NotBlank
                    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX)
                    @Pattern(regexp = FieldRules.PASSWORD)
                    String newPassword);

    /**
     * A new verification link for a sign-up still waiting for it; nothing for any other address, and the caller cannot
     * tell the two apart. At most one link in a few minutes.
     */
    AccountRequest resendVerification(@NotBlank @Size(max = 254) String email);
}
