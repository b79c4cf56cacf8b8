package dev.pims.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The public way to the privacy officer (policy §12): anyone, logged in or not, sends an inquiry or complaint with the
 * address the reply should go to. Recorded as an INPUT of the category INQUIRY; the case names no member.
 */
public interface InquiryDesk {

    /** @return the case's number, which the sender is told */
    long submit(@NotNull @Valid InquiryForm form);
}
