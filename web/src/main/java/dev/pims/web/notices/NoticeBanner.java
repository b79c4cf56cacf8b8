package dev.pims.web.notices;

import dev.pims.notices.NoticeBoard;
import dev.pims.shared.Principals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

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
    private HttpServletRequest request;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            OptionalLong member = member();
            // The member's last look is read only when the board holds something: an empty board costs no record.
            Optional<LocalDateTime> latest = member.isPresent() ? board.latestAnnouncedAt() : Optional.empty();
            shown = latest.isPresent() && unseen(latest, seen.seenAt(member.getAsLong()));
        }
        return shown;
    }

    /** Opening the board as a member marks it seen; only when there was something new, so that a look writes once. */
    void boardOpened() {
        if (isShown()) {
            seen.markSeen(member().getAsLong());
            shown = false;
        }
    }

    /** The signed-in member, read from the principal as {@code Visitor} does; empty for anyone else. */
    private OptionalLong member() {
        Principal caller = request.getUserPrincipal();
        return caller == null ? OptionalLong.empty() : Principals.memberIdOf(caller.getName());
    }

    static boolean unseen(Optional<LocalDateTime> latest, LocalDateTime seenAt) {
        return latest.isPresent() && (seenAt == null || latest.get().isAfter(seenAt));
    }
}
