package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * The answer to a login attempt. {@code memberId} names whose account was read, for the access record; the login
 * page never shows more than "succeeded or not", so that no one learns which addresses are members, but for a dormant
 * account whose right password was given.
 */
public record Authentication(Long memberId, boolean succeeded, boolean dormant) implements DataSubjects {

    public Authentication(Long memberId, boolean succeeded) {
        this(memberId, succeeded, false);
    }

    public static Authentication refused() {
        return new Authentication(null, false);
    }

    /**
     * The right password of a dormant account (policy §4C): no login, but the link that brings it back was sent, and the
     * login page says so. Only someone who knows the password learns that the account is dormant.
     */
    public static Authentication dormant(long memberId) {
        return new Authentication(memberId, false, true);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberId == null ? List.of() : List.of(memberId);
    }
}
