package dev.pims.membership;

import jakarta.ejb.ApplicationException;

/**
 * The current password a signed-in member typed to change the account's address or password, or to withdraw, is wrong,
 * or the address is locked for too many wrong ones. It commits rather than rolls back, as a refused login does: the mail
 * that tells the member of a lock goes out with it.
 */
@ApplicationException(rollback = false)
public class CurrentPasswordRefused extends MembershipRefusal {

    private static final long serialVersionUID = 1L;

    public CurrentPasswordRefused(Reason reason) {
        super(reason);
    }
}
