/** The runner (a start-up singleton with a non-persistent one-minute tick) and the ledger's writers. */
package dev.pims.jobs.internal;
