package dev.pims.payments.domain;

import dev.pims.membership.Masking;
import dev.pims.payments.PaymentKind;
import dev.pims.payments.PaymentMethodView;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A member's payment method (policy §2A(3)): its numbers only as the key ring sealed them, the masked label in clear.
 * A card has a card company and an expiry, a bank transfer a bank and a holder, a mobile payment a subscriber and a
 * sealed approval number; nothing else. Kept while the member's contract lasts; destroyed at their withdrawal.
 *
 * @param id 0 before the store gave it one
 * @param sealedNumber the card, account or mobile number as {@code KeyRing.seal} gave it
 * @param sealedApproval a mobile payment's approval number, sealed; null for any other kind
 */
@PersonalData(DataCategory.PAYMENT)
public record PaymentMethod(
        long id,
        long memberId,
        PaymentKind kind,
        String provider,
        String holderName,
        YearMonth expiry,
        String label,
        String sealedNumber,
        String sealedApproval,
        LocalDateTime addedAt) {

    public PaymentMethod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(addedAt, "addedAt");
        if (label == null || label.isBlank() || sealedNumber == null || sealedNumber.isBlank()) {
            throw new IllegalArgumentException("A payment method needs its masked label and its sealed number");
        }
        if ((kind == PaymentKind.MOBILE) == (provider != null)) {
            throw new IllegalArgumentException("A card or bank transfer names its provider, a mobile payment none");
        }
        if ((kind == PaymentKind.CARD) == (holderName != null)) {
            throw new IllegalArgumentException("A bank transfer or mobile payment names its holder, a card none");
        }
        if ((kind == PaymentKind.CARD) == (expiry == null)) {
            throw new IllegalArgumentException("A card has an expiry, any other kind none");
        }
        if ((kind == PaymentKind.MOBILE) == (sealedApproval == null)) {
            throw new IllegalArgumentException("A mobile payment has an approval number, any other kind none");
        }
    }

    /** As the member sees it: the holder in clear, the numbers masked. */
    public PaymentMethodView toView() {
        return new PaymentMethodView(id, kind, provider, holderName, expiry, label, addedAt);
    }

    /** As a handler sees it: the holder's name masked too. */
    public PaymentMethodView toMaskedView() {
        return new PaymentMethodView(id, kind, provider, Masking.name(holderName), expiry, label, addedAt);
    }

    /** The method as a payment record keeps it: its kind and masked label. */
    public PaymentRecord paid(long amount, String item, LocalDateTime paidAt) {
        return new PaymentRecord(0, memberId, paidAt, amount, item, kind, label);
    }

    /** Names the method only: the sealed numbers stay out of every log line. */
    @Override
    public String toString() {
        return "PaymentMethod[id=" + id + ", memberId=" + memberId + ", kind=" + kind + "]";
    }
}
