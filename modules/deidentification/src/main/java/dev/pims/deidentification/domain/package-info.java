/**
 * A dataset's report with its sealed key, and its rows. Rows are written once, when the dataset is built, and deleted
 * together when it is destroyed; a report changes only when it is signed off or destroyed.
 */
package dev.pims.deidentification.domain;
