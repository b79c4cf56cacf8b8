package dev.pims.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;

/**
 * Enrols made-up members whose e-mail counts as verified, for {@code ./pims start --demo} and benchmarks. Only PIMS
 * itself may call it (start-up code, never an HTTP request), and every call is an audited INPUT like any other.
 */
public interface SyntheticMembers {

    SignUpReceipt enrolVerified(@NotNull @Valid SignUpForm form);

    /**
     * Withdraws a synthetic member as if it had happened at the given time, through the withdrawal every member goes
     * through (data separated, withdrawal record, event): the demo's history, whose records fall due at once.
     */
    void withdrawAsOf(long memberId, @NotNull @PastOrPresent LocalDateTime withdrawnAt);

    /**
     * Records a login of a synthetic member at a past time, as a visit record (from the address "system") and as the
     * member's latest activity unless a later one is known.
     */
    void visitAsOf(long memberId, @NotNull @PastOrPresent LocalDateTime at);

    /**
     * Makes a synthetic member idle since a past time, as if they had not used the service since (policy §4C): the
     * demo's members whose year of inactivity ends soon or has ended.
     */
    void idleSince(long memberId, @NotNull @PastOrPresent LocalDateTime lastActiveAt);

    /**
     * Signs a synthetic person up at a past time without verifying the address, and sends no mail: the demo's sign-ups
     * that were never verified, which the retention rule destroys seven days after them.
     */
    SignUpReceipt signUpUnverifiedAsOf(@NotNull @Valid SignUpForm form, @NotNull @PastOrPresent LocalDateTime at);

    /** Records bad use of a synthetic member at a past time, recorded by "demo", as a handler records it. */
    void badUseAsOf(long memberId, @NotBlank String reason, @NotNull @PastOrPresent LocalDateTime at);
}
