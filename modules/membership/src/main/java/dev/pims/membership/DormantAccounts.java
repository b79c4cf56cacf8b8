package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes idle accounts dormant (policy §4C), for the job that separates the members a notice told: each member's data of
 * every category moves to the separated store's dormant area, sealed (a child's legal representative with it, policy
 * §9), and the account stays as a stub. Only PIMS itself
 * may ask (a job, never an HTTP request); each call is one audited SEPARATE naming the members whose data moved, in the
 * caller's transaction, which spans both stores.
 */
public interface DormantAccounts {

    int CHUNK_MAX = 10_000;

    /**
     * Separates each member still due at {@code at}: still active, not used since the cycle's {@code idleSince} (a
     * login in between began a new cycle), idle for the whole period, and not kept active beyond {@code at}. Any other
     * is passed over, untouched, so a retried chunk passes over the members it separated already.
     */
    Separation separate(@NotNull @NotEmpty @Size(max = CHUNK_MAX) List<Due> members, @NotNull LocalDateTime at);

    /**
     * A member a notice told, in the cycle it told them of.
     *
     * @param idleSince the member's last activity when the notice went
     */
    record Due(long memberId, @NotNull LocalDateTime idleSince) {}

    /**
     * Whose data moved, and who was passed over; the access record names the former, and the legal representative's
     * category only when a child's representative moved with them (policy §9).
     */
    record Separation(List<Long> separated, List<Long> passedOver, boolean movedLegalRepresentatives)
            implements DataSubjects, AccessedCategories {

        public Separation {
            separated = List.copyOf(separated);
            passedOver = List.copyOf(passedOver);
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return separated;
        }

        @Override
        public Set<DataCategory> accessedCategories() {
            Set<DataCategory> moved = EnumSet.allOf(DataCategory.class);
            if (!movedLegalRepresentatives) {
                moved.remove(DataCategory.LEGAL_REPRESENTATIVE);
            }
            return moved;
        }
    }
}
