/**
 * The marketing jobs and services: the daily reconfirmation notice in chunks, the newsletter sweep in chunks, each chunk
 * one transaction holding the audited reads, the outbox rows and their records; the officer's newsletter service; the
 * JDBC repositories and the retention rules of the records.
 */
package dev.pims.marketing.internal;
