/**
 * The access log as its readers see it (safety-measures standard Art. 8): the one access record type, which the audited
 * road writes and the auditors read back, and the audit module's two read ports, {@link
 * dev.pims.audit.records.AccessRecords} (the records and their counts) and {@link dev.pims.audit.records.AccessChain}
 * (the hash chain's verification). The ports check no role: they are for the auditors' side of the log, whose services
 * do, not for the modules on the road, which need only {@code dev.pims.audit}.
 */
package dev.pims.audit.records;
