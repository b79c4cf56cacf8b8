/**
 * The membership module's test support, published as its test-jar: the only way a test elsewhere reads or writes the
 * members' tables, in the operational store ({@link dev.pims.membership.testing.MemberStore}) and in the separated
 * store ({@link dev.pims.membership.testing.SeparatedStore}).
 */
package dev.pims.membership.testing;
