package dev.pims.payments;

import java.io.Serializable;
import java.util.List;

/**
 * A member's payment information as a handler holding the PAYMENT scope sees it (policy §7B): the methods masked, the
 * holder's name masked too, and the latest payments.
 */
public record CaredPayments(List<PaymentMethodView> methods, List<PaymentEntry> latestPayments)
        implements Serializable {

    public CaredPayments {
        methods = List.copyOf(methods);
        latestPayments = List.copyOf(latestPayments);
    }
}
