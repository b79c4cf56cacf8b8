/**
 * The retention page of the staff console (policy §4, §6): the rules with what is due, the engine's runs and the
 * destruction ledger, for the privacy officer, who may also start a run, and for the auditors, who only read.
 */
package dev.pims.web.retention;
