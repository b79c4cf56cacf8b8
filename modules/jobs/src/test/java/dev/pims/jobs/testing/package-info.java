/**
 * The jobs module's test support, published as its test-jar: the only way a test elsewhere writes and reads the
 * job-run ledger's table ({@link dev.pims.jobs.testing.JobLedgerStore}: runs claimed, failed or ended as another
 * instance leaves them, and each run's row) or, inside the server, claims a run as the runner does
 * ({@link dev.pims.jobs.testing.LedgerControls}).
 */
package dev.pims.jobs.testing;
