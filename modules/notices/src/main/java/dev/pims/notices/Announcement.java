package dev.pims.notices;

import dev.pims.consent.PolicyAnnouncement;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One entry of the notice board (policy §13): a policy version or a business transfer, whichever this is (the other
 * is null).
 *
 * @param announcedAt when it went on the board (UTC): a member who opened the board since has seen it
 */
public record Announcement(LocalDateTime announcedAt, PolicyAnnouncement policy, TransferNotice transfer)
        implements Serializable {

    public static Announcement of(PolicyAnnouncement policy) {
        return new Announcement(policy.announcedAt(), policy, null);
    }

    public static Announcement of(TransferNotice transfer) {
        return new Announcement(transfer.recordedAt(), null, transfer);
    }

    /** For a page: "policy" or "transfer". */
    public String kind() {
        return policy != null ? "policy" : "transfer";
    }
}
