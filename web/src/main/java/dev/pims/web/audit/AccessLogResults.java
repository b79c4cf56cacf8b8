package dev.pims.web.audit;

import dev.pims.accesslog.AccessLog;
import dev.pims.accesslog.AccessLogPage;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The filtered access log, one page at a time, newest first. Never counted: over millions of records a count reads
 * them all, on every page. The paginator offers the next page while one follows (the service reads one record more
 * than a page), and each page starts after the last record of the one before (keyset paging), so that the hundredth
 * page costs what the first does.
 * <p>
 * The page keeps it in its view, which a cluster replicates with the session: the service is looked up again where
 * the model finds none, since a reference handed to it would not be replicated with it.
 */
class AccessLogResults extends LazyDataModel<AccessRecord> {

    private static final long serialVersionUID = 1L;

    private transient AccessLog log;
    private final AccessLogFilter filter;
    /** Where each page read so far ends: the first row of the next page → the cursor it starts after. */
    private final Map<Integer, AccessLogCursor> cursors = new HashMap<>();

    private int knownRows;
    private List<AccessRecord> shown = List.of();

    AccessLogResults(AccessLogFilter filter) {
        this.filter = filter;
        cursors.put(0, null);
    }

    AccessLogFilter filter() {
        return filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRows;
    }

    @Override
    public List<AccessRecord> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        // A page not reached page by page (e.g. after the page size changed) is walked to from the start.
        int start = 0;
        while (start < first && cursors.containsKey(start + pageSize)) {
            start += pageSize;
        }
        AccessLogPage page = log().find(filter, cursors.get(start), pageSize);
        while (start < first && page.more()) {
            start += pageSize;
            cursors.put(start, page.next());
            page = log().find(filter, page.next(), pageSize);
        }
        shown = page.entries();
        cursors.put(start + pageSize, page.next());
        knownRows = start + shown.size() + (page.more() ? pageSize : 0);
        setRowCount(knownRows);
        return shown;
    }

    private AccessLog log() {
        if (log == null) {
            log = CDI.current().select(AccessLog.class).get();
        }
        return log;
    }

    @Override
    public String getRowKey(AccessRecord entry) {
        return Long.toString(entry.id());
    }

    @Override
    public AccessRecord getRowData(String rowKey) {
        return shown.stream()
                .filter(entry -> getRowKey(entry).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
