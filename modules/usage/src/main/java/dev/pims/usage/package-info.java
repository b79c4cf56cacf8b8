/**
 * Service-usage records (policy §2A(2), §4A): the searches a member runs, the images they submit and the
 * recommendations they click, reported by the main service, kept five years to improve image recognition, search and
 * recommendation. The main service reports through {@link dev.pims.usage.UsageRecording}, the member reads their own
 * ({@link dev.pims.usage.MyUsage}), a handler holding the SERVICE_USAGE scope the latest, masked
 * ({@link dev.pims.usage.UsageCare}). Every call is an access record.
 */
package dev.pims.usage;
