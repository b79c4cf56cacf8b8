/**
 * The record of each dormancy notice and its store. Records are only ever added, one per member and stretch of
 * inactivity, and destroyed by the retention rule three years after the notice; nothing changes one.
 */
package dev.pims.dormancy.domain;
