package dev.pims.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A signed-in member's own inquiries and complaints (policy §12, §5): those they sent, where each stands and the
 * replies; and a new one. Acts on the calling member only, never on an id a page passes.
 */
public interface MyInquiries {

    /** The member's cases, newest first. */
    List<InquiryView> viewMine();

    /** @return the new case's number */
    long submit(@NotNull @Valid InquiryForm form);
}
