/**
 * The staff account, its former passwords, the staff login record and the append-only access-rights history, with
 * their stores. Staff accounts live apart from member accounts, in tables of their own.
 */
package dev.pims.staff.domain;
