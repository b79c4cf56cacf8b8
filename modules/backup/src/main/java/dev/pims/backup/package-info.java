/**
 * Backups of both stores (policy §7A): {@link dev.pims.backup.BackupJob} takes one every day and when {@code ./pims
 * backup} asks, each a directory of Derby's online backups with the key ring's wrapped keys; {@code ./pims restore}
 * brings one back, and the retention module replays the destructions since it at the next start.
 */
package dev.pims.backup;
