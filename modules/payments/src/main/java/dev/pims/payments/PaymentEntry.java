package dev.pims.payments;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One payment as a page shows it: when (UTC), how much (in won), for which item, by which kind of method under its
 * masked label, as the method was when the payment was made.
 */
public record PaymentEntry(LocalDateTime paidAt, long amount, String item, PaymentKind methodKind, String methodLabel)
        implements Serializable {}
