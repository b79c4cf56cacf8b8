/**
 * The audited road to personal data (policy §7; the Korean safety-measures standard, Art. 8), as every module on it
 * needs it: the interceptor binding every personal-data service method carries, the tasks and outcomes an access record
 * names, how a method tells whose data it touched and why, the calling member or staff, the refusal, refused requests
 * and the stop of auditing. The access log as its readers see it is {@code dev.pims.audit.records}.
 */
package dev.pims.audit;
