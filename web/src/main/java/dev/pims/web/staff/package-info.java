/** The backing beans of the staff console ({@code /admin/...}), reached only by designated staff. */
package dev.pims.web.staff;
