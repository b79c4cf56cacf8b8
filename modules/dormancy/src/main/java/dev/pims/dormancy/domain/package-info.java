/**
 * The record of each dormancy notice and its store. Records are only ever added, one per member and stretch of
 * inactivity, and destroyed by the retention rule three years after the notice; the one change is the separation's
 * settling of a QUEUED notice as SEPARATED or LAPSED when its date has come.
 */
package dev.pims.dormancy.domain;
