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

    /** The member the time is of: a login as another member in the same session reads theirs anew. */
    private Long memberId;

    private LocalDateTime seenAt;

    /** When the signed-in member (this id) last opened the board; null if never. */
    LocalDateTime seenAt(long member) {
        if (memberId == null || memberId != member) {
            seenAt = visits.lastSeen().orElse(null);
            memberId = member;
        }
        return seenAt;
    }

    /** Notes that the signed-in member (this id) opened the board now. */
    void markSeen(long member) {
        seenAt = visits.markSeen();
        memberId = member;
    }
}
