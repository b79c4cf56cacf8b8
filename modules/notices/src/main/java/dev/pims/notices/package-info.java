/**
 * The notice board (policy §13) and business transfers (policy §10). The board at {@code /notices} lists what is
 * announced now: policy versions from their announcement until 30 days after they take effect (consent's
 * {@link dev.pims.consent.PolicyAnnouncements}), and business transfers until their date has passed by 30 days. The
 * privacy officer records a transfer at least 30 days ahead ({@link BusinessTransfers}); the job
 * {@value dev.pims.notices.TransferNotices#MAIL_JOB} mails it once to every active member, in the member's language,
 * recording each mail. Members' pages show a banner while an announcement they have not seen is current
 * ({@link NoticeBoardVisits}).
 */
package dev.pims.notices;
