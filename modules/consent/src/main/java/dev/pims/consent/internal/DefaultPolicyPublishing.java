package dev.pims.consent.internal;

import dev.pims.consent.PolicyDraft;
import dev.pims.consent.PolicyPublishing;
import dev.pims.consent.PolicyRefusal;
import dev.pims.consent.PolicyVersionView;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The privacy officer's drafting and publishing of policy versions (policy §13, §14). The container refuses anyone else
 * (a policy text is no personal data, so there is no access record to write for a refused call); who drafted and who
 * published is kept with the version, and the server log names each publication.
 */
@Stateless
@RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultPolicyPublishing implements PolicyPublishing {

    private static final Logger LOG = Logger.getLogger(DefaultPolicyPublishing.class.getName());

    @Inject
    private PolicyVersions versions;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    public List<PolicyVersionView> drafts() {
        return versions.drafts().stream().map(PolicyVersion::toView).toList();
    }

    @Override
    public long draft(PolicyDraft draft) {
        PolicyVersion version = new PolicyVersion(
                draft.getTextKo(),
                draft.getTextEn(),
                draft.getSummaryKo().strip(),
                draft.getSummaryEn().strip(),
                draft.getEffectiveOn(),
                draft.isReducesRights(),
                draft.isAsksReconsent(),
                now(),
                caller());
        versions.add(version);
        return version.getId();
    }

    @Override
    public PolicyVersionView publish(long draftId) {
        PolicyVersion draft =
                versions.byId(draftId).filter(version -> !version.isPublished()).orElseThrow(PolicyRefusal::new);
        LocalDateTime now = now();
        LocalDate earliest = draft.earliestEffectiveDayIfAnnouncedAt(now);
        if (draft.getEffectiveOn().isBefore(earliest)) {
            throw new PolicyRefusal(draft.daysOfNoticeNeeded(), earliest);
        }
        draft.announce(now, caller());
        LOG.info(() -> "Policy version " + draftId + " published by " + caller() + ", in force from "
                + draft.getEffectiveOn());
        return draft.toView();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
