package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collection;
import java.util.List;

/**
 * The address and language of active members, for the mails PIMS sends of its own accord: a notice the policy says
 * each member is mailed (a business transfer, policy §10), a reconfirmation of a consent or a newsletter (§1D), each
 * read by a job's chunk. Active members only: a pending sign-up is no member yet, and a dormant member's address is
 * sealed in the separated store ({@link DormantAccounts}), out of use until the member comes back. Only PIMS itself may
 * ask (a job, never an HTTP request); every call is an audited VIEW of account information, naming the members it
 * returns. How many active members there are, which names nobody, {@link MemberCensus} tells.
 */
public interface MemberAddresses {

    /** At most {@code max} active members with an id above {@code afterId}, by id: one chunk of a walk through all. */
    Chunk activeAfter(@PositiveOrZero long afterId, @Positive int max);

    /** The active ones among these members, in no order, in one query: a pending, withdrawn or unknown one is left out. */
    Chunk activeAmong(@NotNull Collection<Long> memberIds);

    /** An active member: where a mail to them goes, and in which language ("ko" or "en"). */
    record Addressee(long memberId, String email, String language) {}

    /** One chunk of active members, by id; it names them as the data subjects of the read. */
    record Chunk(List<Addressee> members) implements DataSubjects {

        public Chunk {
            members = List.copyOf(members);
        }

        /** Where the next chunk starts: the last id read, or {@code from} when this chunk is empty. */
        public long next(long from) {
            return members.isEmpty() ? from : members.getLast().memberId();
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return members.stream().map(Addressee::memberId).toList();
        }
    }
}
