/**
 * The retention module's test support, published as its test-jar: the destruction ledger as a test reads it and
 * tries to change it ({@link dev.pims.retention.testing.DestructionLedgerStore}), and a pause that holds a run of the
 * engine in the middle of a chunk so that a test can kill the server there
 * ({@link dev.pims.retention.testing.pause.RetentionPause}).
 */
package dev.pims.retention.testing;
