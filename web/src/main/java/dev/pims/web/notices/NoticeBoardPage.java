package dev.pims.web.notices;

import dev.pims.notices.Announcement;
import dev.pims.notices.NoticeBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /notices}: the notice board (policy §13), public, in Korean and English: policy versions announced, and
 * business transfers with their transferee, contact, date and what passes, and the way to withdraw before (§10).
 * A member who opens it has seen what it shows: the banner of their pages goes away.
 */
@Named
@RequestScoped
public class NoticeBoardPage {

    @Inject
    private NoticeBoard board;

    @Inject
    private NoticeBanner banner;

    private List<Announcement> announcements;

    /** The page's view action. */
    public void opened() {
        banner.boardOpened();
    }

    public List<Announcement> getAnnouncements() {
        if (announcements == null) {
            announcements = board.current();
        }
        return announcements;
    }
}
