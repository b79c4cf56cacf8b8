/**
 * The auditors' side of the access log (safety-measures standard Art. 8; policy §7B): the records filtered, one record,
 * the CSV export for a reason, the dashboard ({@link dev.pims.accesslog.AccessLog}); the access activity the monthly
 * inspection sums up ({@link dev.pims.accesslog.AccessActivity}); and the hash chain's integrity
 * ({@link dev.pims.accesslog.AccessLogIntegrity}). Every service checks the caller's role; the records themselves are
 * read through the audit module's ports in {@code dev.pims.audit.records}, which check none.
 */
package dev.pims.accesslog;
