/**
 * The inquiry services behind the audited interfaces, the cases' JPA repository, the reply mail and the retention rule
 * of closed cases.
 */
package dev.pims.inquiry.internal;
