package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The members whose account becomes dormant by a given time (policy §4C), for the job that tells them 30 days ahead:
 * active members idle since a time {@code pims.dormancy.after-days} before it, and not kept active by an agreement
 * that lasts until then. Only PIMS itself may ask (a job, never an HTTP request); every call is an audited VIEW of
 * account information, naming the members it returns. How many there are, which names nobody, {@link MemberCensus}
 * tells.
 */
public interface DormancyCandidates {

    /**
     * At most {@code max} of the members who become dormant before {@code dormantBefore}, after the cursor, longest
     * idle first: read in the order of the index MEMBER_ACCOUNT_IDLE, so that each chunk reads no further than itself.
     */
    Chunk dormantBefore(@NotNull LocalDateTime dormantBefore, @NotNull Cursor after, @Positive int max);

    /**
     * Where a walk through the candidates stands: after the member with this last activity and id.
     *
     * @param lastActiveAt the last activity of the last member read
     * @param memberId     the id of the last member read
     */
    record Cursor(LocalDateTime lastActiveAt, long memberId) {

        /** Before every member: no member was active before PIMS existed. */
        public static final Cursor START = new Cursor(LocalDateTime.of(1970, 1, 1, 0, 0), 0);
    }

    /**
     * A member whose account becomes dormant soon, with what a notice needs.
     *
     * @param lastActiveAt when the member last used the service: the notice's cycle
     * @param dormantFrom  when the account becomes dormant unless the member is active before
     */
    record Candidate(
            long memberId, String email, String language, LocalDateTime lastActiveAt, LocalDateTime dormantFrom) {}

    /** One chunk of candidates, in the walk's order; it names them as the data subjects of the read. */
    record Chunk(List<Candidate> candidates) implements DataSubjects {

        public Chunk {
            candidates = List.copyOf(candidates);
        }

        /** Where the next chunk starts; the given cursor when this one is empty. */
        public Cursor next(Cursor from) {
            if (candidates.isEmpty()) {
                return from;
            }
            Candidate last = candidates.getLast();
            return new Cursor(last.lastActiveAt(), last.memberId());
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return candidates.stream().map(Candidate::memberId).toList();
        }
    }
}
