package dev.pims.mail.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** The mails the outbox holds for an address and their delivery attempts, for tests. */
public final class MailOutboxStore {

    /** One mail of the outbox as a test sees it. */
    public record OutboxMail(
            long id,
            String kind,
            String recipient,
            String state,
            int attempts,
            String messageId,
            LocalDateTime nextAttemptAt,
            LocalDateTime sentAt) {}

    /** One delivery attempt. */
    public record DeliveryAttempt(int attempt, LocalDateTime attemptedAt, String outcome, String error) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public MailOutboxStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The mails to this address, oldest first. */
    public List<OutboxMail> mailsTo(String recipient) throws SQLException {
        return store.query(
                "SELECT ID, KIND, RECIPIENT, STATE, ATTEMPTS, MESSAGE_ID, NEXT_ATTEMPT_AT, SENT_AT FROM MAIL_OUTBOX"
                        + " WHERE RECIPIENT = ? ORDER BY ID",
                row -> new OutboxMail(
                        row.getLong("ID"),
                        row.getString("KIND"),
                        row.getString("RECIPIENT"),
                        row.getString("STATE"),
                        row.getInt("ATTEMPTS"),
                        row.getString("MESSAGE_ID"),
                        StoreConnection.localDateTime(row, "NEXT_ATTEMPT_AT"),
                        StoreConnection.localDateTime(row, "SENT_AT")),
                recipient);
    }

    /** The id of the newest mail in the outbox, 0 if there is none: a mark to count the mails written after. */
    public long latestId() throws SQLException {
        return store.query("SELECT COALESCE(MAX(ID), 0) FROM MAIL_OUTBOX", row -> row.getLong(1))
                .getFirst();
    }

    /** The ids of the mails of this kind written after the mark, in order. */
    public List<Long> idsOfKindAfter(String kind, long mark) throws SQLException {
        return store.query(
                "SELECT ID FROM MAIL_OUTBOX WHERE KIND = ? AND ID > ? ORDER BY ID",
                row -> row.getLong("ID"),
                kind,
                mark);
    }

    /** The attempts at the mail, in order. */
    public List<DeliveryAttempt> attemptsAt(long mailId) throws SQLException {
        return store.query(
                "SELECT ATTEMPT, ATTEMPTED_AT, OUTCOME, ERROR FROM MAIL_DELIVERY_ATTEMPT WHERE MAIL_ID = ?"
                        + " ORDER BY ATTEMPT, ID",
                row -> new DeliveryAttempt(
                        row.getInt("ATTEMPT"),
                        StoreConnection.localDateTime(row, "ATTEMPTED_AT"),
                        row.getString("OUTCOME"),
                        row.getString("ERROR")),
                mailId);
    }
}
