package dev.pims.notices;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the notice board shows now (policy §13): public, names no member, so off the audited road. Policy versions come
 * from consent's {@link dev.pims.consent.PolicyAnnouncements} when the consent module provides it; business transfers
 * from this module, from their recording until 30 days after their date.
 */
public interface NoticeBoard {

    /** The current announcements, the newest first. */
    List<Announcement> current();

    /** When the newest current announcement went on the board; empty when the board is empty. */
    Optional<LocalDateTime> latestAnnouncedAt();
}
