/**
 * The daily backup job, each store's online backup behind it (Derby's, or {@code pg_dump} on PostgreSQL), and the
 * answering of {@code ./pims backup}'s requests.
 */
package dev.pims.backup.internal;
