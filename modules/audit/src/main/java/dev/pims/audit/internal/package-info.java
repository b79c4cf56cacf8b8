/**
 * The audit interceptor and the writers behind it (who the actor is, which subjects a call touched, the transaction
 * each access record is written in), and what keeps the log: the sealer, the verification, retention, the start and
 * stop of auditing, and the read ports of {@code records} (the auditors' services that call them are the accesslog
 * module's). The repositories are implemented here: the access log's writes and the chain over plain JDBC through
 * {@link dev.pims.audit.internal.Sql}, the module's one JDBC helper, and the auditors' reading as JPA native queries.
 */
package dev.pims.audit.internal;
