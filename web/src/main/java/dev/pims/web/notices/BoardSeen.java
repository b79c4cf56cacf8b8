package dev.pims.web.notices;

import dev.pims.notices.NoticeBoardVisits;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * When the signed-in member last opened the notice board, read once a session (one VIEW access record) and kept here,
 * so that the banner of every member page costs no access record of its own.
 */
@SessionScoped
public class BoardSeen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeBoardVisits visits;

    private boolean read;
    private LocalDateTime seenAt;

    /** When the member last opened the board; null if never. */
    LocalDateTime seenAt() {
        if (!read) {
            seenAt = visits.lastSeen().orElse(null);
            read = true;
        }
        return seenAt;
    }

    /** Notes that the member opened the board now. */
    void markSeen() {
        seenAt = visits.markSeen();
        read = true;
    }
}
