package dev.pims.notices.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.notices.SyntheticTransfers;
import dev.pims.notices.TransferForm;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.domain.Transfers;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The demo's transfer, recorded by "system"; refused to any call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticTransfers implements SyntheticTransfers {

    @Inject
    private Transfers transfers;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Override
    public TransferNotice record(TransferForm form) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic transfers are recorded by PIMS itself only.");
        }
        return DefaultBusinessTransfers.recordAsOf(
                transfers, form, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), "system");
    }
}
