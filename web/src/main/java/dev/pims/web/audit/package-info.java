/**
 * The auditors' pages under {@code /audit/} (web.xml: AUDITOR only; safety-measures standard Art. 8): the access log
 * filtered, in detail and exported for a reason; the dashboard; the access-rights history; the monthly inspection;
 * the access log's integrity. Subjects appear by id only: no page here reaches member data, and every service behind
 * these pages checks the AUDITOR role again.
 */
package dev.pims.web.audit;
