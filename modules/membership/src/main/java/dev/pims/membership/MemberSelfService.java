package dev.pims.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A member's own road to their personal data (policy §1B, §2B, §5, §11). Apart from sign-up and verification,
 * every method acts on the signed-in member and no one else.
 */
public interface MemberSelfService {

    /** Registers a member in waiting and sends the verification e-mail. */
    SignUpReceipt signUp(@NotNull @Valid SignUpForm form);

    /** Confirms the e-mail address behind a verification link; the member may log in from then on. */
    VerifiedEmail verifyEmail(@NotBlank @Size(max = 100) String token);

    /**
     * Brings a dormant account back by the one-time link a login with its right password sent (policy §4C): its data
     * moves back from the separated store, the account is active again and its idle year begins anew. Recorded as
     * RESTORE naming the member.
     *
     * @throws MembershipRefusal {@code INVALID_RESTORE_LINK} when the link is unknown, used or expired
     */
    RestoredAccount restoreDormant(@NotBlank @Size(max = 100) String token);

    /**
     * Everything the operational store holds of the signed-in member, a child's legal representative included (policy
     * §5, §9); recorded as VIEW of the categories held.
     */
    MemberProfile viewOwnProfile();

    /** The signed-in member's latest visits (logins and logouts), newest first, at most fifty (policy §2A(2), §5). */
    List<Visit> viewOwnVisits();

    /**
     * Every visit of the signed-in member PIMS still holds (three months of them, §4B), newest first, for the download
     * of everything PIMS holds about the member (policy §5, §11).
     */
    List<Visit> viewAllOwnVisits();

    /**
     * The failed logins of the signed-in member's address still counted (policy §7A: those since the last login, kept
     * two days), newest first, for the download of everything PIMS holds about the member (policy §5, §11).
     */
    List<FailedLogin> viewOwnFailedLogins();

    /**
     * The records of bad use naming the signed-in member (policy §2A(2), kept a year), newest first, for the download
     * of everything PIMS holds about the member (policy §5, §11).
     */
    List<RecordedBadUse> viewOwnBadUseRecords();

    void modifyOwnProfile(@NotNull @Valid ProfileDetails change);

    /**
     * The signed-in member agrees to keep the account active for the period from now, however idle (policy §4C); a
     * consent record keeps the agreement. A new agreement replaces the last.
     *
     * @return until when the account stays active
     */
    LocalDateTime agreeToStayActive(@NotNull StayActivePeriod period);

    /**
     * Ends the membership at once: the account is closed, the personal data moves to the separated store to be
     * destroyed after the retention period, and a withdrawal record stays (policy §4B, §6A, §11). A child's legal
     * representative goes with the child's data (§9).
     *
     * @throws CurrentPasswordRefused {@code WRONG_PASSWORD}, or {@code ADDRESS_LOCKED} after too many in a row
     */
    Withdrawal withdraw(@NotBlank @Size(max = FieldRules.PASSWORD_MAX) String currentPassword);
}
