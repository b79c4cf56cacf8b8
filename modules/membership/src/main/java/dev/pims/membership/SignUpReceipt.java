package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * Whose account a sign-up concerned: the new member waiting for the verification e-mail, or the member who has the
 * address already and was told by mail. The page answers the same for both.
 */
public record SignUpReceipt(long memberId) implements DataSubjects {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
