package dev.pims.web.inquiry;

import dev.pims.inquiry.InquiryQueue;
import dev.pims.inquiry.InquiryQueuePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /admin/inquiries}: the privacy officer's queue (policy §12), or a handler's cases assigned to them, open cases
 * first, reply addresses masked; read once a request, each read an access record.
 */
@Named
@RequestScoped
public class InquiryQueueBoard {

    @Inject
    private InquiryQueue queue;

    private InquiryQueuePage page;

    public InquiryQueuePage getQueue() {
        if (page == null) {
            page = queue.queue();
        }
        return page;
    }
}
