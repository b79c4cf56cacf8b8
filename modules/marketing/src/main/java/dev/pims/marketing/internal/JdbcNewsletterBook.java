package dev.pims.marketing.internal;

import dev.pims.marketing.NewsletterState;
import dev.pims.marketing.domain.Newsletter;
import dev.pims.marketing.domain.NewsletterBook;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Newsletters by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcNewsletterBook implements NewsletterBook {

    private static final String COLUMNS = "SELECT ID, SUBJECT_KO, SUBJECT_EN, BODY_KO, BODY_EN, STATE, WRITTEN_AT,"
            + " WRITTEN_BY, REQUESTED_AT, SENT_AT, SENT_COUNT FROM MARKETING_NEWSLETTER";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public long add(String subjectKo, String subjectEn, String bodyKo, String bodyEn, LocalDateTime at, String by) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO MARKETING_NEWSLETTER (SUBJECT_KO, SUBJECT_EN, BODY_KO, BODY_EN, STATE, WRITTEN_AT,"
                                + " WRITTEN_BY) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subjectKo);
            insert.setString(2, subjectEn);
            insert.setString(3, bodyKo);
            insert.setString(4, bodyEn);
            insert.setTimestamp(5, Timestamp.valueOf(at));
            insert.setString(6, by);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not keep the newsletter", failure);
        }
    }

    @Override
    public List<Newsletter> all() {
        return list(COLUMNS + " ORDER BY ID DESC");
    }

    @Override
    public List<Newsletter> sending() {
        return list(COLUMNS + " WHERE STATE = 'SENDING' ORDER BY REQUESTED_AT, ID");
    }

    @Override
    public boolean requestSending(long newsletterId, LocalDateTime at, String by) {
        try (Connection connection = store.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE MARKETING_NEWSLETTER SET STATE = 'SENDING',"
                                + " REQUESTED_AT = ?, REQUESTED_BY = ? WHERE ID = ? AND STATE = 'DRAFT'")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setString(2, by);
            update.setLong(3, newsletterId);
            return update.executeUpdate() == 1;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not ask for newsletter " + newsletterId + " to be sent", failure);
        }
    }

    @Override
    public void sent(long newsletterId, LocalDateTime at, int count) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE MARKETING_NEWSLETTER SET STATE = 'SENT',"
                        + " SENT_AT = ?, SENT_COUNT = ? WHERE ID = ? AND STATE = 'SENDING'")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setInt(2, count);
            update.setLong(3, newsletterId);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not mark newsletter " + newsletterId + " sent", failure);
        }
    }

    /** The statement is built of constants only. */
    private List<Newsletter> list(String sql) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            List<Newsletter> newsletters = new ArrayList<>();
            while (row.next()) {
                newsletters.add(new Newsletter(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        NewsletterState.valueOf(row.getString(6)),
                        row.getTimestamp(7).toLocalDateTime(),
                        row.getString(8),
                        time(row.getTimestamp(9)),
                        time(row.getTimestamp(10)),
                        row.getObject(11) == null ? null : row.getInt(11)));
            }
            return newsletters;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the newsletters", failure);
        }
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
