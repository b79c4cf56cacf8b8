package dev.pims.partners.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The module's time (UTC) from the injectable clock, so that a test can date a provision years ago. */
@ApplicationScoped
class PartnersClock {

    @Inject
    private Clock clock;

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
