/**
 * Retention and destruction (policy §4, §6): the {@link dev.pims.retention.RetentionRule} each module implements for the
 * records it owns, and what the privacy officer's page reads of the engine and the destruction ledger.
 */
package dev.pims.retention;
