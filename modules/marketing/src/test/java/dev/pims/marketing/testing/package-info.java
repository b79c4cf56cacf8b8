/**
 * The marketing module's test support, published in its test-jar: the reconfirmation notices and the newsletter sends
 * as a test reads them, through the store module's {@code StoreConnection}, and the texts the mails are written in.
 */
package dev.pims.marketing.testing;
