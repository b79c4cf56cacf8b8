/**
 * Dormant accounts (policy §4C): a member idle for a year ({@code pims.dormancy.after-days}) becomes dormant, and is
 * told 30 days before ({@code pims.dormancy.notice-days}) by the daily job {@value dev.pims.dormancy.DormancyNotices#JOB}:
 * one e-mail per member and stretch of inactivity, in the member's language, recorded without the address. Who is
 * idle, and since when, is membership's to say ({@link dev.pims.membership.DormancyCandidates}).
 */
package dev.pims.dormancy;
