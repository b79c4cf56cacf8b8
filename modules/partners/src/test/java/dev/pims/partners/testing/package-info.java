/**
 * The partners module's test support, published in its test-jar: the partners and provision records as a test reads
 * them, through the store module's {@code StoreConnection}.
 */
package dev.pims.partners.testing;
