/** The daily backup job, Derby's online backup behind it, and the answering of {@code ./pims backup}'s requests. */
package dev.pims.backup.internal;
