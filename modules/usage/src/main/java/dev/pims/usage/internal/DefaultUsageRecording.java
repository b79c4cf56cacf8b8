package dev.pims.usage.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageRecording;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The main service calls as nobody PIMS knows: the one way in, web's internal usage resource, admits only loopback
 * callers holding the shared token, so the road asks no role here and records the caller as it arrived.
 */
@Stateless
@PermitAll
public class DefaultUsageRecording implements UsageRecording {

    @Inject
    private UsageBook book;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.SERVICE_USAGE)
    public void record(@DataSubject long memberId, UsageEvent event) {
        book.write(memberId, event, book.now());
    }
}
