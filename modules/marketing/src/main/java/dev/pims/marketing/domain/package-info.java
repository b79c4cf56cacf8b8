/**
 * The records of marketing mails and the newsletters, and their stores. Notice and send records are only ever added,
 * one per member and cycle or newsletter, and destroyed by their retention rules; a newsletter changes only from
 * draft to sending to sent.
 */
package dev.pims.marketing.domain;
