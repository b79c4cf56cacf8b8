package dev.pims.notices;

import java.time.Period;

/** The business-transfer notices as the rest of PIMS names them: the job that mails them, the terms, the pages. */
public final class TransferNotices {

    /** The daily job on the job-run ledger that mails each transfer whose date is ahead to every active member. */
    public static final String MAIL_JOB = "notices.transfer-mail";

    /** How long before its date a transfer must be on the board and mailed at the latest (policy §10: 30 days). */
    public static final Period NOTICE_AHEAD = Period.ofDays(30);

    /** How long after its date, or after a policy version takes effect, an announcement stays on the board. */
    public static final Period SHOWN_AFTER = Period.ofDays(30);

    /** The public notice board; the mail links to it. */
    public static final String BOARD_PAGE = "/notices";

    /** Where a member withdraws before the date; the mail and the notice link to it. */
    public static final String WITHDRAW_PAGE = "/my/withdraw";

    private TransferNotices() {}
}
