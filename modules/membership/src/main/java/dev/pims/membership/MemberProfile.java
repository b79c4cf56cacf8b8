package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Everything PIMS holds about a member, by category, as the member sees it on "my profile" (policy §5). */
public class MemberProfile implements DataSubjects {

    private final long memberId;
    private final String email;
    private final LocalDateTime joinedAt;
    private final LocalDateTime emailVerifiedAt;
    private final ProfileDetails details;

    public MemberProfile(long memberId, String email, LocalDateTime joinedAt, LocalDateTime emailVerifiedAt,
            ProfileDetails details) {
        this.memberId = memberId;
        this.email = email;
        this.joinedAt = joinedAt;
        this.emailVerifiedAt = emailVerifiedAt;
        this.details = details;
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    public long getMemberId() {
        return memberId;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }

    public LocalDateTime getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    /** A copy: changing it changes nothing until it is handed to {@link MemberSelfService#modifyOwnProfile}. */
    public ProfileDetails getDetails() {
        return details.copy();
    }
}
