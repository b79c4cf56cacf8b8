package dev.pims.marketing.internal;

import dev.pims.marketing.domain.NewsletterSend;
import dev.pims.marketing.domain.NewsletterSends;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Newsletter send records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcNewsletterSends implements NewsletterSends {

    static final RecordTable SEND_RECORDS =
            new RecordTable(NewsletterSendRetention.NAME, "NEWSLETTER_SEND_RECORD", "ID", "QUEUED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public Set<Long> sentTo(long newsletterId, Collection<Long> memberIds) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM NEWSLETTER_SEND_RECORD WHERE NEWSLETTER_ID = ? AND MEMBER_ID = ?")) {
            Set<Long> sent = new HashSet<>();
            select.setLong(1, newsletterId);
            for (long memberId : memberIds) {
                select.setLong(2, memberId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        sent.add(memberId);
                    }
                }
            }
            return sent;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read whom newsletter " + newsletterId + " went to", failure);
        }
    }

    @Override
    public void add(List<NewsletterSend> sends) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO NEWSLETTER_SEND_RECORD"
                        + " (NEWSLETTER_ID, MEMBER_ID, CONSENT_GIVEN_AT, QUEUED_AT, ADDRESS_HASH, MAIL_ID)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (NewsletterSend send : sends) {
                insert.setLong(1, send.newsletterId());
                insert.setLong(2, send.memberId());
                insert.setTimestamp(3, Timestamp.valueOf(send.consentGivenAt()));
                insert.setTimestamp(4, Timestamp.valueOf(send.queuedAt()));
                insert.setString(5, send.addressHash());
                insert.setLong(6, send.mailId());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record " + sends.size() + " newsletter sends", failure);
        }
    }

    @Override
    public int countOf(long newsletterId) {
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM NEWSLETTER_SEND_RECORD WHERE NEWSLETTER_ID = ?")) {
            count.setLong(1, newsletterId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the sends of newsletter " + newsletterId, failure);
        }
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return SEND_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return SEND_RECORDS.destroyBefore(store, threshold, max);
    }
}
