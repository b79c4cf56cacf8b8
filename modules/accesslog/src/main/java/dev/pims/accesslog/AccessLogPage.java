package dev.pims.accesslog;

import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessRecord;
import java.util.List;

/**
 * One page of the access log, newest first, and whether another follows: the log is never counted, because a count
 * over millions of records would read them all on every page.
 */
public record AccessLogPage(List<AccessRecord> entries, boolean more) {

    /** Where the next page starts: after the last entry of this one (keyset paging), or null on an empty page. */
    public AccessLogCursor next() {
        if (entries.isEmpty()) {
            return null;
        }
        AccessRecord last = entries.get(entries.size() - 1);
        return new AccessLogCursor(last.occurredAt(), last.id());
    }
}
