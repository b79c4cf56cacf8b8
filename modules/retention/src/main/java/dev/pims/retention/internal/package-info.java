/**
 * The daily retention engine on the job-run ledger, its chunks, the destruction journal beside the backups and its
 * replay after a restore, and the JDBC behind the ledger and the compaction.
 */
package dev.pims.retention.internal;
