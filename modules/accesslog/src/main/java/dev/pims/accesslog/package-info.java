/**
 * The auditors' side of the access log (safety-measures standard Art. 8; policy §7B): the records filtered, one record,
 * the CSV export for a reason, the dashboard ({@link dev.pims.accesslog.AccessLog}); the access activity the monthly
 * inspection sums up ({@link dev.pims.accesslog.AccessActivity}); and the hash chain's integrity
 * ({@link dev.pims.accesslog.AccessLogIntegrity}). And the member's side (policy §5, §11): who accessed my data, the
 * records naming the calling member by the actor's role only ({@link dev.pims.accesslog.MyAccessLog}). Every service
 * checks the caller's role; the records themselves are
 * read through the audit module's ports in {@code dev.pims.audit.records}, which check none.
 */
package dev.pims.accesslog;
