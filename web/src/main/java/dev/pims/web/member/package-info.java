/**
 * The backing beans of the member's pages: sign-up, verification, login, profile, consents, service usage and
 * withdrawal.
 */
package dev.pims.web.member;
