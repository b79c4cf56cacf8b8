/**
 * Part of the jobs module's test support: {@link dev.pims.jobs.testing.crash.ChunkedCrashProbe}, a test-only job that
 * works in chunks and, when a test asks, stops in the middle of its run so that the test can kill the server there. It
 * is a CDI bean that every WAR holding it runs, so it lives apart from the fixtures of {@link dev.pims.jobs.testing},
 * which in-container tests deploy: only a test that kills the server deploys this package.
 */
package dev.pims.jobs.testing.crash;
