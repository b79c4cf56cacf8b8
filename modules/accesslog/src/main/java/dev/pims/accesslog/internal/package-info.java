/**
 * The auditors' services, each checking the AUDITOR role (or, for the monthly inspection's activity, PIMS itself
 * outside a request), over the audit module's read ports; the CSV of an export; and the dashboard's day counting:
 * which past days to count, first on view and nightly ({@link dev.pims.accesslog.internal.DashboardDayCounts}). Nothing
 * here touches a store.
 */
package dev.pims.accesslog.internal;
