/**
 * The /my/profile throughput benchmark ({@code ./pims bench}): it starts Payara Micro as a child process, first with
 * pims.war, then with the bench-only pims-unaudited.war, signs the demo member in over HTTP on loopback, measures, and
 * checks in each server's store that the audit wrote what it should. A benchmark, not a test: it prints figures.
 */
package dev.pims.bench;
