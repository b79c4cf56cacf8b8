/**
 * The notice board at {@code /notices} (policy §13, §10), the banner of members' pages while an announcement the member
 * has not seen is current, and the privacy officer's business transfers at {@code /admin/transfers} (policy §10), which
 * the auditors read.
 */
package dev.pims.web.notices;
