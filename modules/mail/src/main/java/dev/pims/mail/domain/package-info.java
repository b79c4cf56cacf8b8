/**
 * The outbox's rows and their repository: a mail claimed for an attempt, and the conditional updates that let only
 * one sender claim it.
 */
package dev.pims.mail.domain;
