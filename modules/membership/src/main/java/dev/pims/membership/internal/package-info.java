/**
 * The membership services behind the audited interfaces, their JPA stores (operational and separated), password
 * hashing and the verification e-mail.
 */
package dev.pims.membership.internal;
