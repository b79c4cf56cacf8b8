/**
 * Test only, deployed into a server a test will kill: holds a run of the retention engine in the middle of a chunk
 * ({@link dev.pims.retention.testing.pause.RetentionPause}).
 */
package dev.pims.retention.testing.pause;
