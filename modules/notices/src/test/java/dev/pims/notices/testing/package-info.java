/**
 * The notices module's test support, published in its test-jar: the business transfers and the records of their mails
 * as a test reads them, through the store module's {@code StoreConnection}, and the texts a transfer mail is written in.
 */
package dev.pims.notices.testing;
