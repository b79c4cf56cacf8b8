package dev.pims.consent.internal;

import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes consent records with what every record must hold: the policy version in force (policy §14: the published
 * version with the latest effective date not after today), the time and the IP.
 */
@ApplicationScoped
class ConsentBook {

    @Inject
    private ConsentRecords records;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Inject
    private PolicyVersions versions;

    void write(long memberId, ConsentPurpose purpose, ConsentAction action, ConsentMethod method) {
        write(memberId, purpose, action, method, null);
    }

    /** @param agreedUntil until when a consent agreed for a period holds; null for one that holds until withdrawn */
    void write(
            long memberId,
            ConsentPurpose purpose,
            ConsentAction action,
            ConsentMethod method,
            LocalDateTime agreedUntil) {
        records.add(new ConsentRecord(
                memberId, purpose, inForce(), action, now(), origin.clientAddress(), method, agreedUntil));
    }

    /** A record stamped with a past time, under the version in force then: the history of synthetic members. */
    void writeAsOf(
            long memberId, ConsentPurpose purpose, ConsentAction action, ConsentMethod method, LocalDateTime at) {
        records.add(new ConsentRecord(
                memberId, purpose, inForceOn(at.toLocalDate()), action, at, origin.clientAddress(), method, null));
    }

    /** A record of an answer of the member's legal representative (policy §9), by the link mailed to them. */
    void writeByRepresentative(long memberId, ConsentPurpose purpose, ConsentAction action, String representative) {
        records.add(ConsentRecord.byRepresentative(
                memberId,
                purpose,
                inForce(),
                action,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                origin.clientAddress(),
                representative));
    }

    /** A record of a consent to, or its withdrawal from, the provision to one partner (policy §3A, §3B). */
    void writeForPartner(long memberId, long partnerId, ConsentAction action, ConsentMethod method) {
        records.add(ConsentRecord.forPartner(
                memberId,
                partnerId,
                inForce(),
                action,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                origin.clientAddress(),
                method));
    }

    /** The policy version in force today, under which every record is written. */
    PolicyVersion inForce() {
        return inForceOn(now().toLocalDate());
    }

    private PolicyVersion inForceOn(LocalDate day) {
        return versions.inForceOn(day)
                .orElseThrow(() -> new IllegalStateException("No policy version is in force on " + day));
    }

    /** The time the records are written at, by which a consent agreed for a period has lapsed or not. */
    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
