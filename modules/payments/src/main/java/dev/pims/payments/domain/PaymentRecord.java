package dev.pims.payments.domain;

import dev.pims.payments.PaymentEntry;
import dev.pims.payments.PaymentKind;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One payment by a member (policy §2A(3)): when (UTC), how much (won), for which item, with which kind of method under
 * its masked label. Kept five years from the payment (§4B), whether or not the method is still there.
 *
 * @param id 0 before the store gave it one
 */
@PersonalData(DataCategory.PAYMENT)
public record PaymentRecord(
        long id,
        long memberId,
        LocalDateTime paidAt,
        long amount,
        String item,
        PaymentKind methodKind,
        String methodLabel) {

    public PaymentRecord {
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(methodKind, "methodKind");
        if (amount <= 0) {
            throw new IllegalArgumentException("A payment's amount is positive");
        }
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("A payment names its item");
        }
        if (methodLabel == null || methodLabel.isBlank()) {
            throw new IllegalArgumentException("A payment keeps its method's masked label");
        }
    }

    public PaymentEntry toEntry() {
        return new PaymentEntry(paidAt, amount, item, methodKind, methodLabel);
    }
}
