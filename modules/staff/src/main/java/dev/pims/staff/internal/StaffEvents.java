package dev.pims.staff.internal;

import dev.pims.shared.RequestOrigin;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.domain.StaffLoginRecord;
import dev.pims.staff.domain.StaffLoginRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time of staff authentication (UTC, from the injected clock) and the record of what happened, with the client
 * address.
 */
@ApplicationScoped
class StaffEvents {

    @Inject
    private StaffLoginRecords records;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    void record(String loginId, StaffLoginOutcome outcome) {
        record(loginId, outcome, null);
    }

    void record(String loginId, StaffLoginOutcome outcome, String detail) {
        recordFrom(origin.clientAddress(), loginId, outcome, detail);
    }

    /** For a request refused before the request origin was known. */
    void recordFrom(String clientAddress, String loginId, StaffLoginOutcome outcome, String detail) {
        records.append(new StaffLoginRecord(loginId, now(), clientAddress, outcome, detail));
    }
}
