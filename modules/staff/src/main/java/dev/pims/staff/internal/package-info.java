/**
 * The staff store, staff authentication (lockout, password rules and history, the staff login record), the
 * start-up step that gives a new installation its first privacy officer, and the demo staff.
 */
package dev.pims.staff.internal;
