package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.DormancyCandidates;
import dev.pims.membership.DormancySettings;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.Members.IdleMember;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * The idle members read in the order of MEMBER_ACCOUNT_IDLE. The audit road lets PIMS through; this bean refuses
 * every call that arrives with an HTTP request, since no person needs a list of other members' addresses.
 */
@Stateless
@PermitAll
public class DefaultDormancyCandidates implements DormancyCandidates {

    @Inject
    private Members members;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT)
    public Chunk dormantBefore(LocalDateTime dormantBefore, Cursor after, int max) {
        refuseHttpRequests();
        DormancySettings settings = DormancySettings.fromConfig();
        return new Chunk(members
                .idle(
                        settings.idleSinceBefore(dormantBefore),
                        dormantBefore,
                        after.lastActiveAt(),
                        after.memberId(),
                        max)
                .stream()
                .map(account -> candidate(account, settings))
                .toList());
    }

    private static Candidate candidate(IdleMember member, DormancySettings settings) {
        return new Candidate(
                member.id(),
                member.email(),
                member.language(),
                member.lastActiveAt(),
                settings.dormantFrom(member.lastActiveAt(), member.keepActiveUntil()));
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Members about to become dormant are listed for PIMS itself only.");
        }
    }
}
