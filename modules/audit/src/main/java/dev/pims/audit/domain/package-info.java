/**
 * The hash chain over the access records ({@link dev.pims.audit.records.AccessRecord}) and the repositories of both:
 * the records (appended, and read by the auditors), the chain's sealing, links, checkpoints and verifications, and the
 * starts and stops of auditing. Nothing in code updates a record or a link, and the database itself refuses UPDATE and
 * DELETE on the access-log tables, but for the deletes of retention behind a checkpoint
 * ({@link dev.pims.audit.domain.ChainRetention}).
 */
package dev.pims.audit.domain;
