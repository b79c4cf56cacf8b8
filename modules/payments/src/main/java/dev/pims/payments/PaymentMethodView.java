package dev.pims.payments;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One payment method as a page shows it: its numbers only as the masked label ({@link PaymentMasking}), never in
 * clear. The holder is in clear for the member, masked for a handler.
 *
 * @param provider the card company or the bank; null for a mobile payment
 * @param holderName the account holder or the mobile subscriber; null for a card
 * @param expiry a card's expiry; null for any other kind
 */
public record PaymentMethodView(
        long id,
        PaymentKind kind,
        String provider,
        String holderName,
        YearMonth expiry,
        String label,
        LocalDateTime addedAt)
        implements Serializable {}
