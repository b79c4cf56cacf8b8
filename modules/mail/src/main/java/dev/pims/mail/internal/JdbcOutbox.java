package dev.pims.mail.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailState;
import dev.pims.mail.domain.ClaimedMail;
import dev.pims.mail.domain.Outbox;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The outbox by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcOutbox implements Outbox {

    static final RecordTable SETTLED_MAILS =
            new RecordTable(SettledMailRetention.NAME, "MAIL_OUTBOX", "ID", "SETTLED_AT", "MEMBER_ID");

    static final int ERROR_LENGTH = 1_000;

    private static final String PENDING = MailState.PENDING.name();

    /** Separates a templated mail's values in TEXT_VALUES ({@link dev.pims.mail.TemplatedMail} refuses it in one). */
    private static final String VALUE_SEPARATOR = "\u001F";

    /** Walks the index (STATE, NEXT_ATTEMPT_AT, ID) and stops after the chunk. */
    private static final String DUE = "SELECT ID FROM MAIL_OUTBOX WHERE STATE = ? AND NEXT_ATTEMPT_AT <= ?"
            + " ORDER BY STATE, NEXT_ATTEMPT_AT, ID FETCH FIRST ? ROWS ONLY";

    private static final String CLAIM = "UPDATE MAIL_OUTBOX SET NEXT_ATTEMPT_AT = ?, ATTEMPTS = ATTEMPTS + 1"
            + " WHERE ID = ? AND STATE = ? AND NEXT_ATTEMPT_AT <= ?";

    private static final String SETTLE = "UPDATE MAIL_OUTBOX SET STATE = ?, SENT_AT = ?, SETTLED_AT = ?, BODY = '',"
            + " TEXT_VALUES = NULL WHERE ID = ? AND STATE = ?";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public List<Long> add(List<NewMail> mails, LocalDateTime now) {
        if (mails.isEmpty()) {
            return List.of();
        }
        String insert = "INSERT INTO MAIL_OUTBOX (KIND, MEMBER_ID, RECIPIENT, SUBJECT, BODY, LANGUAGE, TEXT_VALUES,"
                + " MESSAGE_ID, CREATED_AT, STATE, ATTEMPTS, NEXT_ATTEMPT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
        // One execution a row, each giving its id: Derby gives a batch's generated keys for its last row only, and
        // finding the ids afterwards by the Message-IDs cost an index of random keys that every row had to enter.
        try (Connection connection = store.getConnection()) {
            List<Long> ids = new ArrayList<>(mails.size());
            try (PreparedStatement statement = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
                for (NewMail mail : mails) {
                    statement.setString(1, mail.kind().name());
                    if (mail.memberId() == null) {
                        statement.setNull(2, Types.BIGINT);
                    } else {
                        statement.setLong(2, mail.memberId());
                    }
                    statement.setString(3, mail.recipient());
                    statement.setString(4, mail.subject());
                    statement.setString(5, mail.body());
                    statement.setString(6, mail.language());
                    statement.setString(7, mail.values() == null ? null : String.join(VALUE_SEPARATOR, mail.values()));
                    statement.setString(8, mail.messageId());
                    statement.setTimestamp(9, Timestamp.valueOf(now));
                    statement.setString(10, PENDING);
                    statement.setTimestamp(11, Timestamp.valueOf(now));
                    statement.executeUpdate();
                    try (ResultSet key = statement.getGeneratedKeys()) {
                        key.next();
                        ids.add(key.getLong(1));
                    }
                }
            }
            return ids;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not put " + mails.size() + " mail(s) in the outbox", failure);
        }
    }

    @Override
    public List<Long> dueIds(LocalDateTime now, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setString(1, PENDING);
            select.setTimestamp(2, Timestamp.valueOf(now));
            select.setInt(3, max);
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the due mails", failure);
        }
    }

    @Override
    public Optional<ClaimedMail> claim(long id, LocalDateTime now, LocalDateTime leaseUntil) {
        String read =
                "SELECT KIND, RECIPIENT, SUBJECT, BODY, LANGUAGE, TEXT_VALUES, MESSAGE_ID, ATTEMPTS FROM MAIL_OUTBOX"
                        + " WHERE ID = ?";
        try (Connection connection = store.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setTimestamp(1, Timestamp.valueOf(leaseUntil));
                update.setLong(2, id);
                update.setString(3, PENDING);
                update.setTimestamp(4, Timestamp.valueOf(now));
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(read)) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    String values = row.getString(6);
                    return Optional.of(new ClaimedMail(
                            id,
                            MailKind.valueOf(row.getString(1)),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            values == null ? null : List.of(values.split(VALUE_SEPARATOR, -1)),
                            row.getString(7),
                            row.getInt(8)));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not claim mail " + id, failure);
        }
    }

    @Override
    public void recordAttempt(long id, int attempt, LocalDateTime at, boolean sent, String error) {
        String insert = "INSERT INTO MAIL_DELIVERY_ATTEMPT (MAIL_ID, ATTEMPT, ATTEMPTED_AT, OUTCOME, ERROR)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = store.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setLong(1, id);
            statement.setInt(2, attempt);
            statement.setTimestamp(3, Timestamp.valueOf(at));
            statement.setString(4, sent ? "SENT" : "FAILED");
            if (error == null) {
                statement.setNull(5, Types.VARCHAR);
            } else {
                statement.setString(5, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
            }
            statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record attempt " + attempt + " of mail " + id, failure);
        }
    }

    @Override
    public void markSent(long id, LocalDateTime at) {
        settle(id, MailState.SENT, at, at);
    }

    @Override
    public void giveUp(long id, LocalDateTime at) {
        settle(id, MailState.GIVEN_UP, null, at);
    }

    private void settle(long id, MailState state, LocalDateTime sentAt, LocalDateTime settledAt) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement(SETTLE)) {
            update.setString(1, state.name());
            if (sentAt == null) {
                update.setNull(2, Types.TIMESTAMP);
            } else {
                update.setTimestamp(2, Timestamp.valueOf(sentAt));
            }
            update.setTimestamp(3, Timestamp.valueOf(settledAt));
            update.setLong(4, id);
            update.setString(5, PENDING);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not mark mail " + id + " " + state, failure);
        }
    }

    @Override
    public void retryAt(long id, LocalDateTime next) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE MAIL_OUTBOX SET NEXT_ATTEMPT_AT = ? WHERE ID = ? AND STATE = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(next));
            update.setLong(2, id);
            update.setString(3, PENDING);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not reschedule mail " + id, failure);
        }
    }

    @Override
    public long countSettledBefore(LocalDateTime threshold) {
        return SETTLED_MAILS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroySettledBefore(LocalDateTime threshold, int max) {
        return SETTLED_MAILS.destroyBefore(store, threshold, max);
    }
}
