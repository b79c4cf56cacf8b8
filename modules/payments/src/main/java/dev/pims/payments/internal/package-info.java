/**
 * The payments services behind their audited interfaces; the book that checks, seals and writes; the JDBC repositories;
 * the retention rule of payment records; the destruction of a withdrawn member's methods.
 */
package dev.pims.payments.internal;
