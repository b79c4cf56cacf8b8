package dev.pims.staff;

/** What a member of staff is designated for. Roles are security roles of the same name. */
public enum StaffRole {
    /** Member care: answers requests, corrects data, processes withdrawals. */
    HANDLER,
    /** Manages staff and their rights, the policy and complaints (policy §12). */
    PRIVACY_OFFICER,
    /** Reads the access records, never member data. */
    AUDITOR,
    /** System settings and jobs. */
    ADMIN
}
