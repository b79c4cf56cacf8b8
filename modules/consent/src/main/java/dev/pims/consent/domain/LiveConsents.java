package dev.pims.consent.domain;

import dev.pims.consent.MarketingConsents.LiveConsent;
import dev.pims.shared.ConsentPurpose;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Which members' consent to a purpose is live, read from the consent records: the latest record of the purpose gives
 * it, and no end of the membership is noted. Read by plain SQL over the records, never by loading a member's history.
 */
public interface LiveConsents {

    /** How many members have a live consent to the purpose given at or before {@code givenBefore}. */
    long countGivenBefore(ConsentPurpose purpose, LocalDateTime givenBefore);

    /** At most {@code max} of them whose id is above {@code afterMemberId}, by id. */
    List<LiveConsent> givenBefore(ConsentPurpose purpose, LocalDateTime givenBefore, long afterMemberId, int max);
}
