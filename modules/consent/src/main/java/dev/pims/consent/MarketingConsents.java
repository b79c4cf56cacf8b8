package dev.pims.consent;

import dev.pims.audit.DataSubjects;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The members whose consent to marketing e-mail ({@code ConsentPurpose.MARKETING_EMAIL}, policy §1D) is live: its
 * latest record gives it, and the membership has not ended. Anything that sends marketing asks here at the moment it
 * writes the mail, so that a withdrawal between the request and the send wins. Only PIMS itself may ask (a job, never
 * an HTTP request); every read is an audited VIEW of consent records naming the members it returns. How many there
 * are, which names nobody, {@link #countLiveGivenBefore} tells off the audited road.
 */
public interface MarketingConsents {

    /**
     * How many members have a live marketing consent given at or before {@code givenBefore}: a count, naming nobody, so
     * off the audited road (as {@code membership.MemberCensus}).
     */
    long countLiveGivenBefore(@NotNull LocalDateTime givenBefore);

    /**
     * At most {@code max} of the members with a live marketing consent given at or before {@code givenBefore}, whose id
     * is above {@code afterMemberId}, by id: a walk in chunks.
     */
    Chunk liveGivenBefore(@NotNull LocalDateTime givenBefore, @PositiveOrZero long afterMemberId, int max);

    /**
     * A live marketing consent.
     *
     * @param givenAt when the member gave it: the record that makes it live
     */
    record LiveConsent(long memberId, LocalDateTime givenAt) implements Serializable {}

    /** One chunk of live consents, by member id; it names the members as the data subjects of the read. */
    record Chunk(List<LiveConsent> consents) implements DataSubjects {

        public Chunk {
            consents = List.copyOf(consents);
        }

        /** Where the next chunk starts: after the last member of this one, or where this one started when empty. */
        public long next(long after) {
            return consents.isEmpty() ? after : consents.getLast().memberId();
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return consents.stream().map(LiveConsent::memberId).toList();
        }
    }
}
