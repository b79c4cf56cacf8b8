/**
 * Test only, deployed into a server a test will kill: holds a run of the separation of dormant accounts in the middle of
 * a chunk ({@link dev.pims.dormancy.testing.pause.SeparationPause}).
 */
package dev.pims.dormancy.testing.pause;
