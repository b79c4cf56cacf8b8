package dev.pims.dormancy;

/** The dormancy notices as the rest of PIMS names them: the jobs that send them and that act on them, for pages
 * and tests. */
public final class DormancyNotices {

    /** The daily job on the job-run ledger that tells members their account becomes dormant soon. */
    public static final String JOB = "dormancy.notices";

    /** The daily job that separates the members whose notice's date has come (policy §4C). */
    public static final String SEPARATION_JOB = "dormancy.separation";

    /** The page where a member agrees to keep the account active for 1, 3 or 5 years; the notice links to it. */
    public static final String STAY_ACTIVE_PAGE = "/my/profile/stay-active";

    private DormancyNotices() {}
}
