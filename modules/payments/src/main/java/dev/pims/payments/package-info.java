/**
 * Payment information (policy §2A(3), §1C, §7A). A member of a paid service keeps payment methods (a credit card, a
 * bank account, a mobile payment) on {@link dev.pims.payments.MyPayments}; their numbers are checked
 * ({@link dev.pims.payments.PaymentMethodRules}), sealed by the key ring before they are written, and shown masked
 * everywhere ({@link dev.pims.payments.PaymentMasking}); only a handler holding the PAYMENT scope sees them, masked, and
 * opens one method's numbers for a reason ({@link dev.pims.payments.PaymentCare}). The main service reports payments
 * ({@link dev.pims.payments.PaymentRecording}); each record keeps the method's kind and masked label, so it outlives
 * the method, and is kept five years from the payment (§4B). Methods serve the contract only: a withdrawal destroys
 * them. A dormant member's methods stay where they are, sealed, and are hidden from handlers until the member comes
 * back (§4C): the member cannot use them meanwhile, and asking for them again at the return would serve nobody. Every
 * call is an access record of the category PAYMENT; no number is ever in a log line, a message or an access record.
 */
package dev.pims.payments;
