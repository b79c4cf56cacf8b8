package dev.pims.accesslog;

import dev.pims.audit.records.AccessLogCursor;
import java.util.List;

/**
 * Who accessed my data (policy §5, §11): the access records naming the signed-in member, as that member reads them.
 * Each says when, in which role (the member, a handler, the privacy officer, the system…), for which task, which
 * categories and how it ended; never the actor's name or id and never an address. Acts on the calling member only,
 * for the MEMBER role only; each call is itself an access record of the category ACCESS_LOG naming the member.
 */
public interface MyAccessLog {

    int PAGE_SIZE = 50;

    /** The records naming the member that are older than the cursor (the newest when it is null), newest first. */
    MyAccessPage viewMyAccesses(AccessLogCursor after);

    /** Every record naming the member, newest first, for the download of everything PIMS holds about them. */
    List<MyAccess> viewAllMyAccesses();
}
