package dev.pims.payments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One payment as the main service reports it: the amount in whole won, from 1 to {@value #AMOUNT_MAX}, and the item
 * paid for, at most {@value #ITEM_MAX} characters without control characters or line separators.
 */
public record PaymentEvent(
        @Positive @Max(AMOUNT_MAX) long amount,

        @NotBlank @Size(max = ITEM_MAX) @Pattern(regexp = "[^\\p{Cc}\\p{Zl}\\p{Zp}]*")
        String item)
        implements Serializable {

    /**
     * One hundred million won: far above any order of the paid service, so that a larger amount can only be a mistake
     * of the caller (e.g. an amount in another currency's minor units), which is refused rather than kept for five
     * years.
     */
    public static final long AMOUNT_MAX = 100_000_000L;

    public static final int ITEM_MAX = 200;
}
