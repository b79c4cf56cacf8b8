/** The job-run ledger's row and its store. */
package dev.pims.jobs.domain;
