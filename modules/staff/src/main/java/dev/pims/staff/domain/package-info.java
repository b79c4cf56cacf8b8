/**
 * The staff account, its former passwords and the staff login record, with their stores. Staff accounts live apart
 * from member accounts, in tables of their own.
 */
package dev.pims.staff.domain;
