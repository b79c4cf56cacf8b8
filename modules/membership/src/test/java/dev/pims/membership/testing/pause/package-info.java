/**
 * Part of the membership module's test support: {@link dev.pims.membership.testing.pause.WithdrawalPause}, which holds
 * a withdrawal in the middle of its two-store commit so that a test can kill the server there. It is a decorator,
 * enabled by its {@code @Priority} in any WAR that holds it, so it lives apart from the fixtures of
 * {@link dev.pims.membership.testing}, which in-container tests deploy: only a test that kills the server deploys this
 * package.
 */
package dev.pims.membership.testing.pause;
