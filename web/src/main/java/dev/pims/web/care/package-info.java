/**
 * Member care in the staff console (policy §5, §7B): the pages on which handlers find members, see their data masked
 * and within their scope, and act on the members' requests. Every datum comes through the audited member-care
 * service.
 */
package dev.pims.web.care;
