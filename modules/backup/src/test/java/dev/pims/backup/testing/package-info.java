/**
 * The backup module's test support, published as its test-jar: a store's backup taken by the module's own means on a
 * store of the test's choosing ({@link dev.pims.backup.testing.BackupOnAStore}); the pause that holds the backup job
 * where a test kills the server lives apart in {@link dev.pims.backup.testing.pause}.
 */
package dev.pims.backup.testing;
