/** The staff account and its store. Staff accounts live apart from member accounts, in tables of their own. */
package dev.pims.staff.domain;
