package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/** The new member's id; the verification e-mail is on its way. */
public record SignUpReceipt(long memberId) implements DataSubjects {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
