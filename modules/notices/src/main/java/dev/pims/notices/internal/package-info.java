/**
 * The notice board and the business transfers' services, the daily transfer mail job with its chunks and the mail it
 * renders, the JDBC repositories, and the retention rule of the delivery records.
 */
package dev.pims.notices.internal;
