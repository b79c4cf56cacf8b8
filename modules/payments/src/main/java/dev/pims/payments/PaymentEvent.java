package dev.pims.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One payment as the main service reports it: the amount in won and the item paid for, at most {@value #ITEM_MAX}
 * characters without control characters or line separators.
 */
public record PaymentEvent(
        @Positive long amount,

        @NotBlank @Size(max = ITEM_MAX) @Pattern(regexp = "[^\\p{Cc}\\p{Zl}\\p{Zp}]*")
        String item)
        implements Serializable {

    public static final int ITEM_MAX = 200;
}
