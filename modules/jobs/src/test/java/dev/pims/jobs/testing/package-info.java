/**
 * The jobs module's test support, published as its test-jar: the only way a test elsewhere writes the job-run
 * ledger's table ({@link dev.pims.jobs.testing.JobLedgerStore}) or, inside the server, claims a run as the runner does
 * ({@link dev.pims.jobs.testing.LedgerControls}).
 */
package dev.pims.jobs.testing;
