package dev.pims.notices.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.notices.NoticeBoardVisits;
import dev.pims.notices.domain.BoardVisits;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The member's own looks at the notice board: the member comes from the security context ({@link CallingMember}). A
 * look is a fact about the member's account (when they last read the board), recorded as account information.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultNoticeBoardVisits implements NoticeBoardVisits {

    @Inject
    private BoardVisits visits;

    @Inject
    private CallingMember member;

    @Inject
    private Clock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public Optional<LocalDateTime> lastSeen() {
        return visits.lastSeen(member.id());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public LocalDateTime markSeen() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        visits.markSeen(member.id(), now);
        return now;
    }
}
