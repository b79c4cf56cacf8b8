/** The auditors' pages under {@code /audit/} (web.xml: AUDITOR only): the access log's integrity. */
package dev.pims.web.audit;
