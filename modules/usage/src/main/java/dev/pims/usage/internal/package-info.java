/**
 * The usage services behind the audited interfaces, the records' JDBC repository and their retention rule.
 */
package dev.pims.usage.internal;
