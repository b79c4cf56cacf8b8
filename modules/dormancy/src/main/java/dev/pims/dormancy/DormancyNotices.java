package dev.pims.dormancy;

/** The dormancy notices as the rest of PIMS names them: the job that sends them, for pages and tests. */
public final class DormancyNotices {

    /** The daily job on the job-run ledger that tells members their account becomes dormant soon. */
    public static final String JOB = "dormancy.notices";

    /** The page where a member agrees to keep the account active for 1, 3 or 5 years; the notice links to it. */
    public static final String STAY_ACTIVE_PAGE = "/my/profile/stay-active";

    private DormancyNotices() {}
}
