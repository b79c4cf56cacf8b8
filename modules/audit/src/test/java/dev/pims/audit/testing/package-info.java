/**
 * The audit module's test support, published as its test-jar: the only way a test elsewhere reads or writes the
 * access log's tables. {@link dev.pims.audit.testing.AuditStore} and {@link dev.pims.audit.testing.AccessChainStore}
 * read what the log and its chain hold; {@link dev.pims.audit.testing.SyntheticAccess} writes sealed records dated as
 * a test needs them; {@link dev.pims.audit.testing.RefusedChanges} issues the changes the database refuses, and
 * {@link dev.pims.audit.testing.AccessLogTampering} makes changes behind PIMS's back that only the schema owner could.
 * Inside the server, {@link dev.pims.audit.testing.AuditControls} drives the log's machinery (sealing, the start's
 * sealing of leftovers, recording, verification) for a test, which thus never names the module's internals.
 */
package dev.pims.audit.testing;
