package dev.pims.consent;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The policy versions the notice board shows now (policy §13): public, so not personal data and not audited. */
public interface PolicyAnnouncements {

    /** Versions announced by now whose effective date is at most 30 days ago, the newest announcement first. */
    List<PolicyAnnouncement> current();

    /** When the newest of {@link #current()} was announced, without reading the versions; empty when there is none. */
    Optional<LocalDateTime> latestAnnouncedAt();
}
