/** The destruction ledger, append-only, and the store maintenance that makes destroyed rows unrecoverable. */
package dev.pims.retention.domain;
