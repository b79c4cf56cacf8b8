package dev.pims.membership.internal;

import dev.pims.membership.Visit;
import dev.pims.membership.VisitKind;
import dev.pims.membership.domain.VisitRecord;
import dev.pims.membership.domain.VisitRecords;
import dev.pims.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes and reads the records of visits (policy §2A(2)) for the audited services: a visit is written in the caller's
 * transaction, with the address and user agent of the current request.
 */
@ApplicationScoped
class Visits {

    /** How many of a member's visits a page shows. */
    static final int RECENT = 50;

    @Inject
    private VisitRecords records;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    void record(long memberId, VisitKind kind) {
        recordAsOf(memberId, kind, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** A visit stamped with another time than now: the history of synthetic members. */
    void recordAsOf(long memberId, VisitKind kind, LocalDateTime at) {
        records.add(new VisitRecord(memberId, at, kind, origin.clientAddress(), origin.userAgent()));
    }

    List<Visit> recentOf(long memberId) {
        return records.recentOf(memberId, RECENT).stream()
                .map(VisitRecord::toView)
                .toList();
    }

    /** Every visit still kept (three months of them), newest first. */
    List<Visit> allOf(long memberId) {
        return records.recentOf(memberId, Integer.MAX_VALUE).stream()
                .map(VisitRecord::toView)
                .toList();
    }
}
