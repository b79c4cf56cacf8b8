package dev.pims.consent.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Every version of the privacy policy, drafts and published ones. */
public interface PolicyVersions {

    void add(PolicyVersion version);

    Optional<PolicyVersion> byId(long id);

    /** Published versions, the latest effective date first. */
    List<PolicyVersion> published();

    /**
     * When the newest version announced by {@code now} whose effective date is not before {@code oldestEffective} was
     * announced; one value, the texts unread.
     */
    Optional<LocalDateTime> latestAnnouncement(LocalDateTime now, LocalDate oldestEffective);

    /** Drafts, the newest first. */
    List<PolicyVersion> drafts();

    /** The published version in force on the day: the one with the latest effective date not after it. */
    default Optional<PolicyVersion> inForceOn(LocalDate day) {
        return published().stream()
                .filter(version -> !version.getEffectiveOn().isAfter(day))
                .findFirst();
    }
}
