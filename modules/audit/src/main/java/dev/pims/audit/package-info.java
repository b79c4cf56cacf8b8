/**
 * The audited road to personal data (policy §7; the Korean safety-measures standard, Art. 8): the interceptor
 * binding every personal-data service method carries, the tasks and outcomes an access record names, and how a
 * method tells whose data it touched.
 */
package dev.pims.audit;
