/**
 * The inquiry module's test support, published in its test-jar: the cases as a test reads them, and the one change a
 * test makes behind PIMS's back (a closing moved into the past, for the retention rule), through the store module's
 * {@code StoreConnection}.
 */
package dev.pims.inquiry.testing;
