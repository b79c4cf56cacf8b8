package dev.pims.payments;

/** The kinds of payment method a member keeps (policy §2A(3)). */
public enum PaymentKind {
    /** A credit card: card company, card number, expiry. */
    CARD,
    /** A bank transfer: bank, account number, account holder. */
    BANK_TRANSFER,
    /** A mobile payment: subscriber, mobile number, approval number. */
    MOBILE
}
