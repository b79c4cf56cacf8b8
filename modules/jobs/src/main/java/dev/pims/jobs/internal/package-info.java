/**
 * The runner (a start-up singleton with a non-persistent tick, every minute unless configured), its pure decisions
 * ({@code DueRuns}), its settings ({@code JobSettings}) and the ledger's writers (claims, takeovers, lease renewals,
 * ends).
 */
package dev.pims.jobs.internal;
