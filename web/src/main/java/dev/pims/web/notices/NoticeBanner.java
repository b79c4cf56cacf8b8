package dev.pims.web.notices;

import dev.pims.notices.NoticeBoard;
import dev.pims.web.security.Visitor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The banner of a member's pages (member.xhtml): shown while the board holds an announcement newer than the member's
 * last look at it (policy §13). Decided once a request; the board names nobody, so asking it costs no access record.
 */
@Named
@RequestScoped
public class NoticeBanner {

    @Inject
    private NoticeBoard board;

    @Inject
    private BoardSeen seen;

    @Inject
    private Visitor visitor;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            shown = visitor.isMember() && unseen(board.latestAnnouncedAt(), seen.seenAt());
        }
        return shown;
    }

    /** Opening the board as a member marks it seen; only when there was something new, so that a look writes once. */
    void boardOpened() {
        if (isShown()) {
            seen.markSeen();
            shown = false;
        }
    }

    static boolean unseen(Optional<LocalDateTime> latest, LocalDateTime seenAt) {
        return latest.isPresent() && (seenAt == null || latest.get().isAfter(seenAt));
    }
}
