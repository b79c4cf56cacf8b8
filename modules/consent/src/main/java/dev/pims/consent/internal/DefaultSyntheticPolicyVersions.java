package dev.pims.consent.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.consent.PolicyDraft;
import dev.pims.consent.PolicyRefusal;
import dev.pims.consent.SyntheticPolicyVersions;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The demo's policy version; this bean refuses every call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticPolicyVersions implements SyntheticPolicyVersions {

    /** Who the demo's version names as its author. */
    private static final String DEMO_AUTHOR = "demo";

    @Inject
    private PolicyVersions versions;

    @Inject
    private RequestOrigin origin;

    @Override
    public long publishAsOf(PolicyDraft draft, LocalDateTime announcedAt) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic policy versions are made by PIMS itself only.");
        }
        PolicyVersion version = new PolicyVersion(
                draft.getTextKo(),
                draft.getTextEn(),
                draft.getSummaryKo(),
                draft.getSummaryEn(),
                draft.getEffectiveOn(),
                draft.isReducesRights(),
                draft.isAsksReconsent(),
                announcedAt,
                DEMO_AUTHOR);
        LocalDate earliest = version.earliestEffectiveDayIfAnnouncedAt(announcedAt);
        if (draft.getEffectiveOn().isBefore(earliest)) {
            throw new PolicyRefusal(version.daysOfNoticeNeeded(), earliest);
        }
        version.announce(announcedAt, DEMO_AUTHOR);
        versions.add(version);
        return version.getId();
    }
}
