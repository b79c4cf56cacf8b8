package dev.pims.membership.internal;

import dev.pims.membership.domain.BadUseRecord;
import dev.pims.membership.domain.BadUseRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Records bad use of a member, and tells whether a sign-up's e-mail address or mobile number belongs to a live record
 * (policy §2A(2): prevention of re-joining by bad users). A record is live while its retention period runs: a record
 * older than a year refuses no one, whether or not the retention engine has destroyed it yet.
 */
@ApplicationScoped
class BadUseCheck {

    @Inject
    private BadUseRecords records;

    @Inject
    private BadUseKey key;

    @Inject
    private Clock clock;

    BadUseRecord record(long memberId, String email, String mobilePhone, String recordedBy, String reason) {
        return recordAsOf(memberId, email, mobilePhone, recordedBy, reason, now());
    }

    /** A record stamped with another time than now: the history of synthetic members. */
    BadUseRecord recordAsOf(
            long memberId, String email, String mobilePhone, String recordedBy, String reason, LocalDateTime at) {
        BadUseFingerprints fingerprints = key.fingerprints();
        return records.add(new BadUseRecord(
                memberId,
                at,
                recordedBy,
                reason.strip(),
                fingerprints.ofEmail(email),
                fingerprints.ofMobile(mobilePhone)));
    }

    boolean matchesLiveRecord(String email, String mobilePhone) {
        BadUseFingerprints fingerprints = key.fingerprints();
        return records.anyRecordedSince(
                now().minus(BadUseRecordRetention.PERIOD),
                fingerprints.ofEmail(email),
                fingerprints.ofMobile(mobilePhone));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
