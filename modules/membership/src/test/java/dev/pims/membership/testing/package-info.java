/**
 * The membership module's test support, published as its test-jar: the only way a test elsewhere reads or writes the
 * members' tables, in the operational store ({@link dev.pims.membership.testing.MemberStore}) and in the separated
 * store ({@link dev.pims.membership.testing.SeparatedStore}). The decorator that holds a withdrawal in the
 * middle of its commit, for a test that kills the server there, lives apart in
 * {@link dev.pims.membership.testing.pause}.
 */
package dev.pims.membership.testing;
