/**
 * The dormancy module's test support, published in its test-jar: the notice records as a test reads them, through
 * the store module's {@code StoreConnection}, and the texts a notice is written in.
 */
package dev.pims.dormancy.testing;
