package dev.pims.payments;

import dev.pims.audit.AccessDetail;
import java.io.Serializable;
import java.util.List;

/**
 * One page of a member's own payments, newest first.
 *
 * @param page    the page's number, from 0
 * @param hasNext whether older payments follow
 */
public record PaymentHistoryPage(List<PaymentEntry> entries, int page, boolean hasNext)
        implements AccessDetail, Serializable {

    public PaymentHistoryPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    @Override
    public String accessDetail() {
        return "page " + page + ": " + entries.size() + " payments";
    }
}
