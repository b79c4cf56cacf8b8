/** The daily retention engine on the job-run ledger, its chunks, and the JDBC behind the ledger and the compaction. */
package dev.pims.retention.internal;
