/** The staff store and the start-up step that gives a new installation its first privacy officer. */
package dev.pims.staff.internal;
