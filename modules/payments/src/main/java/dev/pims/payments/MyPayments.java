package dev.pims.payments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A signed-in member's own payment information (policy §2A(3), §5): their methods, masked; adding one, checked and
 * sealed; removing one; their payments, newest first. Acts on the calling member only.
 */
public interface MyPayments {

    int PAGE_SIZE = 20;

    /** The highest page number asked for: far beyond five years of payments, and no overflow of the row offset. */
    int PAGE_MAX = 1_000_000;

    /** The member's methods, oldest first, masked. */
    List<PaymentMethodView> viewMyMethods();

    /**
     * Keeps a method: its numbers sealed, its masked label in clear. Recorded as INPUT.
     *
     * @throws PaymentRefusal with the first of {@link PaymentMethodRules#problemsOf} when the form is not right
     */
    PaymentMethodView addMethod(@NotNull PaymentMethodForm form);

    /**
     * Destroys one of the member's methods; the payments made with it keep its kind and masked label. Recorded as
     * DELETE.
     *
     * @throws PaymentRefusal NO_SUCH_METHOD when the member holds no method of that id
     */
    void removeMethod(long methodId);

    PaymentHistoryPage viewMyHistory(@Min(0) @Max(PAGE_MAX) int page);

    /** Every payment of the member still kept, newest first, for the download of everything PIMS holds (§5, §11). */
    List<PaymentEntry> viewAllMyHistory();
}
