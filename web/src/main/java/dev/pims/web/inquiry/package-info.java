/**
 * The backing beans of the inquiry pages (policy §12): the public form to the privacy officer, and the officer's queue
 * and case page. The member's own page is with the member's pages ({@code web.member.MyInquiriesPage}).
 */
package dev.pims.web.inquiry;
