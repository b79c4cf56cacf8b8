/**
 * Test only, deployed with a module's pause into a server a test will kill: how a paused thread tells the test where it
 * stopped and then holds until the server dies ({@link dev.pims.store.testing.held.HeldUntilKilled}).
 */
package dev.pims.store.testing.held;
