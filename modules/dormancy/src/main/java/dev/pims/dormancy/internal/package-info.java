/**
 * The daily notice job and its chunks, the mail it renders, the records' JDBC repository and their retention rule.
 */
package dev.pims.dormancy.internal;
