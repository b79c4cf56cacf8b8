package dev.pims.usage.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import dev.pims.usage.SyntheticUsage;
import dev.pims.usage.UsageEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The audit road lets PIMS through; this bean refuses every call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticUsage implements SyntheticUsage {

    @Inject
    private UsageBook book;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.SERVICE_USAGE)
    public void record(@DataSubject long memberId, UsageEvent event, LocalDateTime at) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic usage is recorded by PIMS itself only.");
        }
        book.write(memberId, event, at);
    }
}
