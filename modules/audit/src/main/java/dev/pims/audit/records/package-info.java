/**
 * The access log as its readers see it (safety-measures standard Art. 8): the one access record type, which the audited
 * road writes and the auditors read back. For the auditors' side of the log, not for the modules on the road, which
 * need only {@code dev.pims.audit}.
 */
package dev.pims.audit.records;
