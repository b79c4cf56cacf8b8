/**
 * The dormancy page of the staff console (policy §4C): counts of members on the way to dormancy, the notices due and
 * sent, the settings in force and the jobs' runs, for the privacy officer, who may also run the notices now, and for
 * the auditors, who only read. Counts only: no member is named.
 */
package dev.pims.web.dormancy;
