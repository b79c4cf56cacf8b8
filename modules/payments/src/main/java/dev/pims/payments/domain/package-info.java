/**
 * The payment method and the payment record, and their stores. A method is only added and removed, its numbers sealed
 * by the key ring; a payment record is never changed, and is destroyed five years after the payment.
 */
package dev.pims.payments.domain;
