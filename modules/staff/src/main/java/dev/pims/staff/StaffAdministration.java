package dev.pims.staff;

import dev.pims.shared.DataCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * The privacy officer designates staff (safety-measures standard Art. 5): one account per person, never shared; the
 * roles it holds and, for handlers, the data categories it may see, no more than the work needs. Every grant, change
 * and revocation, and every creation and removal of an account, leaves an access-rights record with its reason,
 * kept at least three years (Art. 5(3)). A change takes effect at once, also for a session already open.
 */
public interface StaffAdministration {

    /** A login id: lower-case letters, digits, dots, hyphens and underscores, 3 to 50 of them. */
    String LOGIN_ID_PATTERN = "[a-z0-9._-]{3,50}";

    List<StaffSummary> allStaff();

    /** @throws StaffRefusal NO_SUCH_STAFF when there is no such account (any more) */
    StaffSummary staffMember(long id);

    /**
     * Creates an account with a one-time password, which must be changed at the first login.
     *
     * @return the one-time password, to be shown once to the officer and never kept in clear
     */
    String create(
            @NotNull @Pattern(regexp = LOGIN_ID_PATTERN) String loginId,
            @NotNull Set<StaffRole> roles,
            @NotNull Set<DataCategory> categories,
            @NotBlank @Size(max = 500) String reason);

    /** Grants what is new in the given rights and revokes what is missing from them, one record for each. */
    void changeRights(
            long id,
            @NotNull Set<StaffRole> roles,
            @NotNull Set<DataCategory> categories,
            @NotBlank @Size(max = 500) String reason);

    void remove(long id, @NotBlank @Size(max = 500) String reason);

    /**
     * Recovery of a lost authenticator app: the account's second factor is forgotten, the next login enrols a new
     * one, and a session open now ends.
     */
    void resetSecondFactor(long id, @NotBlank @Size(max = 500) String reason);
}
