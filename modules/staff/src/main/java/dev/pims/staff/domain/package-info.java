/**
 * The staff account and its store, and the append-only access-rights history. Staff accounts live apart from member
 * accounts, in tables of their own.
 */
package dev.pims.staff.domain;
