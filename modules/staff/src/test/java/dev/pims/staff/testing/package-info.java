/**
 * The staff module's test support, published as its test-jar: the only way a test elsewhere reads or writes the
 * staff tables. {@link dev.pims.staff.testing.StaffStore} creates accounts ready to log in and reads accounts, their
 * rights and their logins; {@link dev.pims.staff.testing.RightsHistoryStore} reads and appends to the access-rights
 * history and issues the changes the database refuses.
 */
package dev.pims.staff.testing;
