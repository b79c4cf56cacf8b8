/**
 * The staff store, the privacy officer's designation of staff with its access-rights history, the session check
 * that ends a session when rights change, and the start-up step that gives a new installation its first privacy
 * officer.
 */
package dev.pims.staff.internal;
