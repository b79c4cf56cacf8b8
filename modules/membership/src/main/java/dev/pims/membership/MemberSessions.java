package dev.pims.membership;

/**
 * Which sessions of a member are still good: each new password starts a new generation, and a session signed in under
 * an older one is ended (a changed or reset password ends the member's other sessions). It reads one number of the
 * account, no personal data, so it is off the audited road; a web filter asks it at each request of a member's pages,
 * on whichever node of a cluster the session lives.
 */
public interface MemberSessions {

    /** The member's current session generation; {@code -1} when there is no such member any more. */
    int generationOf(long memberId);
}
