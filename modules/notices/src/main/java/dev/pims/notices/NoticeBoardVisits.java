package dev.pims.notices;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When the signed-in member last opened the notice board, so that their pages show a banner while an announcement they
 * have not seen is current. The member comes from the security context, never from a parameter; each call is an
 * audited access of the member's account information (a VIEW, a MODIFY), so a page asks once a session and writes
 * only when there was something new.
 */
public interface NoticeBoardVisits {

    /** When the member last opened the board; empty if never. */
    Optional<LocalDateTime> lastSeen();

    /**
     * Notes that the member opened the board now.
     *
     * @return the time noted
     */
    LocalDateTime markSeen();
}
