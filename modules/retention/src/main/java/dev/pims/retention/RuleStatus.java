package dev.pims.retention;

import java.time.Period;

/**
 * A rule as the privacy officer's page shows it.
 *
 * @param dueNow          records the engine would destroy if it ran now
 * @param dueWithin30Days records due now or within the next 30 days
 */
public record RuleStatus(String name, RuleText text, Period period, long dueNow, long dueWithin30Days) {}
