package dev.pims.usage;

import dev.pims.audit.AccessDetail;
import java.io.Serializable;
import java.util.List;

/**
 * One page of a member's own usage records, newest first.
 *
 * @param page    the page's number, from 0
 * @param hasNext whether older records follow
 */
public record UsagePage(List<UsageEntry> entries, int page, boolean hasNext) implements AccessDetail, Serializable {

    public UsagePage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    @Override
    public String accessDetail() {
        return "page " + page + ": " + entries.size() + " records";
    }
}
