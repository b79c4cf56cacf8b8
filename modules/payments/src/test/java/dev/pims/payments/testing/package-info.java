/**
 * The payments module's test support, published as its test-jar: the payment methods and records a member has, as the
 * store holds them ({@link dev.pims.payments.testing.PaymentStore}).
 */
package dev.pims.payments.testing;
