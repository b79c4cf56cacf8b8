package dev.pims.membership.domain;

import dev.pims.membership.FailedLogin;
import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The failed member logins (policy §7A, guessing), in the operational store: only added, each alone, so that every
 * server counts the same ones and two at once are both kept. The address is known by its keyed hash only.
 */
public interface LoginFailures {

    /** One failed login of an address's run: which, and when. */
    record LoginFailure(long id, LocalDateTime failedAt) {}

    /**
     * Adds a failure in a transaction of its own, so that the refused login's own transaction cannot take it along.
     *
     * @param addressKey the keyed hash of the address tried, or null for an attempt on a locked address, which counts
     *     against the client alone
     * @param memberId the member whose address it is, or null
     * @return the failure's id
     */
    long add(LocalDateTime failedAt, String client, String addressKey, Long memberId);

    /** The address's failures in the order they happened. */
    List<LoginFailure> ofAddress(String addressKey);

    /** The failures that name the member, newest first; no index leads with the member: a download, not a page. */
    List<FailedLogin> ofMember(long memberId);

    /** How many failures came from the client at or after {@code since}. */
    int fromClientSince(String client, LocalDateTime since);

    /** Forgets the address's failures: the right password ends their run. */
    void forgetAddress(String addressKey);

    /** How many failures happened before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the failures before the threshold, earliest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
