package dev.pims.membership.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The records of bad use (policy §2A(2)), in the operational store. */
public interface BadUseRecords {

    BadUseRecord add(BadUseRecord record);

    /**
     * Whether a record made at or after {@code since} holds the e-mail hash or, when given, the mobile hash: one index
     * lookup for each.
     *
     * @param mobileHmac null to look for the e-mail only
     */
    boolean anyRecordedSince(LocalDateTime since, String emailHmac, String mobileHmac);

    /**
     * The records naming the member, newest first. No index leads with the member (records are few, and kept a year),
     * so this reads the table: a member's download, not a page view.
     */
    List<BadUseRecord> ofMember(long memberId);

    /** How many records were made before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records made before the threshold, earliest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
