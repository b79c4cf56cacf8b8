package dev.pims.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Enrols made-up members whose e-mail counts as verified, for {@code ./pims start --demo} and benchmarks. Only PIMS
 * itself may call it (start-up code, never an HTTP request), and every call is an audited INPUT like any other.
 */
public interface SyntheticMembers {

    SignUpReceipt enrolVerified(@NotNull @Valid SignUpForm form);
}
