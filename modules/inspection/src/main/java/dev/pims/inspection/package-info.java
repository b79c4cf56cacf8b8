/**
 * The auditors' monthly inspection of the access log (safety-measures standard Art. 8: the access records are
 * inspected at least once a month): what each actor did, flags for what deserves a look (bulk access, off-hours
 * access, every download, repeated denials, a login from a new address), the auditor's review of each flag and the
 * sign-off of the report. No infrastructure or user-interface code here.
 */
package dev.pims.inspection;
