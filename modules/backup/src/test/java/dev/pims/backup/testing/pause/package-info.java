/** Test only: a pause that holds the backup job where a test kills the server (a decorator the ITs deploy). */
package dev.pims.backup.testing.pause;
