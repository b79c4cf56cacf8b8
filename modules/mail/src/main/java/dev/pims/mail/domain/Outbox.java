package dev.pims.mail.domain;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.TemplatedMail;
import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The outbox ({@code MAIL_OUTBOX}) and its attempts ({@code MAIL_DELIVERY_ATTEMPT}), in the caller's transaction. */
public interface Outbox {

    /**
     * A mail to add, with the Message-ID it keeps for every attempt: either its subject and body, or the language and
     * values its kind's template makes them from when it is sent (the others null).
     */
    record NewMail(
            MailKind kind,
            Long memberId,
            String recipient,
            String subject,
            String body,
            String language,
            List<String> values,
            String messageId) {

        public static NewMail rendered(OutgoingMail mail, String messageId) {
            return new NewMail(
                    mail.kind(), mail.memberId(), mail.recipient(), mail.subject(), mail.body(), null, null, messageId);
        }

        public static NewMail templated(TemplatedMail mail, String messageId) {
            return new NewMail(
                    mail.kind(),
                    mail.memberId(),
                    mail.recipient(),
                    null,
                    null,
                    mail.language(),
                    mail.values(),
                    messageId);
        }
    }

    /** Adds PENDING mails, due at once, in one batch; returns their ids in the order of the mails. */
    List<Long> add(List<NewMail> mails, LocalDateTime now);

    /** The ids of PENDING mails due at or before now, the longest due first, at most {@code max}. */
    List<Long> dueIds(LocalDateTime now, int max);

    /**
     * Claims the mail for its next attempt if it is PENDING and due at or before now: one conditional UPDATE moves its
     * next attempt time to the end of the lease and counts the attempt, so that of several senders one wins.
     *
     * @return the claimed mail, or empty if it was not due (sent, given up, or claimed by another sender)
     */
    Optional<ClaimedMail> claim(long id, LocalDateTime now, LocalDateTime leaseUntil);

    /** Records one attempt; the error text is cut to the column. */
    void recordAttempt(long id, int attempt, LocalDateTime at, boolean sent, String error);

    /** Marks a PENDING mail SENT and empties its text. */
    void markSent(long id, LocalDateTime at);

    /** Sets a PENDING mail's next attempt time. */
    void retryAt(long id, LocalDateTime next);

    /** Marks a PENDING mail GIVEN_UP and empties its text. */
    void giveUp(long id, LocalDateTime at);

    /** How many SENT or GIVEN_UP mails settled before the threshold. */
    long countSettledBefore(LocalDateTime threshold);

    /** Deletes at most {@code max} mails settled before the threshold, oldest first, with their attempts. */
    DestroyedRecords destroySettledBefore(LocalDateTime threshold, int max);
}
