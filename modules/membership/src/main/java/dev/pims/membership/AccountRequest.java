package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * Whose account a request about the account concerned, for the access record only: a page shows the same answer
 * whether or not the address was a member's.
 *
 * @param memberId the member, null when the address was nobody's
 */
public record AccountRequest(Long memberId) implements DataSubjects {

    public static AccountRequest nobody() {
        return new AccountRequest(null);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberId == null ? List.of() : List.of(memberId);
    }
}
