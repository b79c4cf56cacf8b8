package dev.pims.accesslog;

import dev.pims.audit.records.AccessLogCursor;
import java.io.Serializable;
import java.util.List;

/**
 * One page of the accesses to a member's data, newest first; never counted (see {@link AccessLogPage}).
 *
 * @param next where the next, older page starts; null when none follows
 */
public record MyAccessPage(List<MyAccess> entries, AccessLogCursor next) implements Serializable {

    public MyAccessPage {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return next != null;
    }
}
