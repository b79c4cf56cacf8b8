/**
 * Inquiries and complaints to the privacy officer (policy §12): anyone sends one through the public form
 * ({@link dev.pims.inquiry.InquiryDesk}), a member through their own pages ({@link dev.pims.inquiry.MyInquiries}); the
 * privacy officer works the queue ({@link dev.pims.inquiry.InquiryQueue}): views, assigns, replies by mail, closes;
 * a handler granted the category INQUIRY does the same with the cases assigned to them.
 * Every call is an access record of the category INQUIRY; closed cases are destroyed three years after closing.
 */
package dev.pims.inquiry;
