package dev.pims.consent.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.MarketingConsents;
import dev.pims.consent.domain.LiveConsents;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Live marketing consents for PIMS's own senders (policy §1D). The audit road lets PIMS through; this bean refuses
 * every call that arrives with an HTTP request, since no person needs a list of other members' consents. The count
 * names nobody and stays off the road, as {@code membership.MemberCensus} does.
 */
@Stateless
@PermitAll
public class DefaultMarketingConsents implements MarketingConsents {

    @Inject
    private LiveConsents live;

    @Inject
    private RequestOrigin origin;

    @Override
    public long countLiveGivenBefore(LocalDateTime givenBefore) {
        refuseHttpRequests();
        return live.countGivenBefore(ConsentPurpose.MARKETING_EMAIL, givenBefore);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.CONSENT)
    public Chunk liveGivenBefore(LocalDateTime givenBefore, long afterMemberId, int max) {
        refuseHttpRequests();
        return new Chunk(live.givenBefore(ConsentPurpose.MARKETING_EMAIL, givenBefore, afterMemberId, max));
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Members' marketing consents are listed for PIMS's own senders only.");
        }
    }
}
