package dev.pims.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;

/**
 * Made-up payment methods and payments at times of the caller's choosing (UTC), for {@code ./pims start --demo}: e.g.
 * payments spread over six years, so that the retention rule has records to destroy. Only PIMS itself may call it
 * (start-up code, never an HTTP request), and every call is an audited INPUT like any other.
 */
public interface SyntheticPayments {

    /**
     * @return the method's id
     * @throws PaymentRefusal as {@link MyPayments#addMethod} does
     */
    long addMethodAsOf(long memberId, @NotNull PaymentMethodForm form, @NotNull @PastOrPresent LocalDateTime at);

    /** @throws PaymentRefusal as {@link PaymentRecording#record} does */
    void recordAsOf(
            long memberId, long methodId, @NotNull @Valid PaymentEvent event, @NotNull @PastOrPresent LocalDateTime at);
}
