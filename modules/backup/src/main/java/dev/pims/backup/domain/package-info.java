/** What a backup is made of: the backup of one store, and the directory that holds a whole backup once it is complete. */
package dev.pims.backup.domain;
