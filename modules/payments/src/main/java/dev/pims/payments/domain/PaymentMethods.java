package dev.pims.payments.domain;

import java.util.List;
import java.util.Optional;

/** The payment methods of the operational store, in the caller's transaction. */
public interface PaymentMethods {

    /** @return the method's id */
    long add(PaymentMethod method);

    /** The member's methods, oldest first. */
    List<PaymentMethod> ofMember(long memberId);

    /** The member's method of that id; empty when it is another member's or not there. */
    Optional<PaymentMethod> ofMember(long memberId, long methodId);

    /** @return whether the member held the method */
    boolean remove(long memberId, long methodId);

    /** @return how many methods the member held */
    int removeAllOf(long memberId);
}
