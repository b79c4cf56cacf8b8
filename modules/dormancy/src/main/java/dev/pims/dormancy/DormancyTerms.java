package dev.pims.dormancy;

/**
 * The dormancy settings in force (policy §4C), in days.
 *
 * @param afterDays  {@code pims.dormancy.after-days}: how long a member may be idle before the account becomes dormant
 * @param noticeDays {@code pims.dormancy.notice-days}: how long before that date the member is told
 */
public record DormancyTerms(long afterDays, long noticeDays) {}
