package dev.pims.dormancy.internal;

import dev.pims.dormancy.domain.DormancyNotice;
import dev.pims.dormancy.domain.NoticeRecords;
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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Notice records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcNoticeRecords implements NoticeRecords {

    static final RecordTable NOTICE_RECORDS =
            new RecordTable(NoticeRecordRetention.NAME, "DORMANCY_NOTICE_RECORD", "ID", "NOTICED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public boolean noticed(long memberId, LocalDateTime idleSince) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM DORMANCY_NOTICE_RECORD WHERE MEMBER_ID = ? AND IDLE_SINCE = ?")) {
            select.setLong(1, memberId);
            select.setTimestamp(2, Timestamp.valueOf(idleSince));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the notices of member " + memberId, failure);
        }
    }

    @Override
    public void add(DormancyNotice notice) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DORMANCY_NOTICE_RECORD (MEMBER_ID, IDLE_SINCE, DORMANT_FROM, NOTICED_AT, ADDRESS_HASH,"
                                + " MAIL_ID, OUTCOME) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, notice.memberId());
            insert.setTimestamp(2, Timestamp.valueOf(notice.idleSince()));
            insert.setTimestamp(3, Timestamp.valueOf(notice.dormantFrom()));
            insert.setTimestamp(4, Timestamp.valueOf(notice.noticedAt()));
            insert.setString(5, notice.addressHash());
            insert.setLong(6, notice.mailId());
            insert.setString(7, notice.outcome().name());
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "Could not record the dormancy notice of member " + notice.memberId(), failure);
        }
    }

    @Override
    public long countNoticedSince(LocalDateTime since) {
        // The range is the leading column of DORMANCY_NOTICE_RECORD_NOTICED: Derby counts it from the index.
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM DORMANCY_NOTICE_RECORD WHERE NOTICED_AT >= ?")) {
            count.setTimestamp(1, Timestamp.valueOf(since));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the notices since " + since, failure);
        }
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return NOTICE_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return NOTICE_RECORDS.destroyBefore(store, threshold, max);
    }

    @Override
    public long countDueForSeparation(LocalDateTime at) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM DORMANCY_NOTICE_RECORD"
                        + " WHERE OUTCOME = 'QUEUED' AND DORMANT_FROM <= ?")) {
            select.setTimestamp(1, Timestamp.valueOf(at));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the notices due for separation", failure);
        }
    }

    @Override
    public List<Due> dueForSeparation(LocalDateTime at, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT ID, MEMBER_ID, IDLE_SINCE FROM DORMANCY_NOTICE_RECORD WHERE OUTCOME = 'QUEUED'"
                                + " AND DORMANT_FROM <= ? ORDER BY OUTCOME, DORMANT_FROM, ID FETCH FIRST ? ROWS ONLY")) {
            select.setTimestamp(1, Timestamp.valueOf(at));
            select.setInt(2, max);
            List<Due> due = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(
                            row.getLong(1), row.getLong(2), row.getTimestamp(3).toLocalDateTime()));
                }
            }
            return due;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the notices due for separation", failure);
        }
    }

    @Override
    public void settle(long noticeId, DormancyNotice.Outcome outcome) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE DORMANCY_NOTICE_RECORD SET OUTCOME = ? WHERE ID = ? AND OUTCOME = 'QUEUED'")) {
            update.setString(1, outcome.name());
            update.setLong(2, noticeId);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not settle the dormancy notice " + noticeId, failure);
        }
    }
}
