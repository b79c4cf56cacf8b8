/**
 * The recorded business transfers, the record of each member mailed about one, and when each member last opened the
 * notice board, with their stores. Transfers are only ever added; a delivery record is added once per member and
 * transfer, and destroyed by the retention rule three years after its mail.
 */
package dev.pims.notices.domain;
