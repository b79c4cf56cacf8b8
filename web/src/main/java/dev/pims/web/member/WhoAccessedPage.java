package dev.pims.web.member;

import dev.pims.accesslog.MyAccessLog;
import dev.pims.accesslog.MyAccessPage;
import dev.pims.audit.records.AccessLogCursor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /my/access}: who accessed the member's data (policy §5, §11), newest first, {@value MyAccessLog#PAGE_SIZE} a
 * page, by role and never by name; each page read is a VIEW access record of the category ACCESS_LOG. The page keeps
 * where each page it showed began, so that "newer" goes back the way "older" came.
 */
@Named
@ViewScoped
public class WhoAccessedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccessLog accessLog;

    /** Where each page shown so far began; the first page begins at the newest record (null). */
    private final List<AccessLogCursor> starts = new ArrayList<>();

    private MyAccessPage current;

    @PostConstruct
    void load() {
        starts.add(null);
        current = accessLog.viewMyAccesses(null);
    }

    public void older() {
        if (current.hasNext()) {
            starts.add(current.next());
            current = accessLog.viewMyAccesses(current.next());
        }
    }

    public void newer() {
        if (hasNewer()) {
            starts.removeLast();
            current = accessLog.viewMyAccesses(starts.getLast());
        }
    }

    public boolean hasNewer() {
        return starts.size() > 1;
    }

    /** The page's number, from 1. */
    public int getPageNumber() {
        return starts.size();
    }

    public MyAccessPage getCurrent() {
        return current;
    }
}
