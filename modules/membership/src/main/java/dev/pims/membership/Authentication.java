package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * The answer to a login attempt. {@code memberId} names whose account was read, for the access record; the login
 * page never shows more than "succeeded or not", so that no one learns which addresses are members.
 */
public record Authentication(Long memberId, boolean succeeded) implements DataSubjects {

    public static Authentication refused() {
        return new Authentication(null, false);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberId == null ? List.of() : List.of(memberId);
    }
}
