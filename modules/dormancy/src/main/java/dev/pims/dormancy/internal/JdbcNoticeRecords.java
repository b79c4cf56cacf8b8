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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Notice records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcNoticeRecords implements NoticeRecords {

    static final RecordTable NOTICE_RECORDS =
            new RecordTable(NoticeRecordRetention.NAME, "DORMANCY_NOTICE_RECORD", "ID", "NOTICED_AT", "MEMBER_ID");

    private static final String NOTICE = "SELECT MEMBER_ID, IDLE_SINCE FROM DORMANCY_NOTICE_RECORD WHERE ";

    /** The notices from (time, id) to (the same time, id). */
    private static final String NOTICES_AT_ONE_TIME = NOTICE + "IDLE_SINCE = ? AND MEMBER_ID BETWEEN ? AND ?";

    /** The notices from (time, id) to (a later time, id): three ranges of the index, one after the other. */
    private static final String NOTICES_BETWEEN = NOTICE + "IDLE_SINCE = ? AND MEMBER_ID >= ?"
            + " UNION ALL " + NOTICE + "IDLE_SINCE > ? AND IDLE_SINCE < ?"
            + " UNION ALL " + NOTICE + "IDLE_SINCE = ? AND MEMBER_ID <= ?";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public Set<Long> noticedInCycle(Map<Long, LocalDateTime> idleSinceByMember) {
        if (idleSinceByMember.isEmpty()) {
            return Set.of();
        }
        // A chunk's members come in the order of (last activity, id), the order of DORMANCY_NOTICE_ONCE_A_CYCLE
        // (IDLE_SINCE, MEMBER_ID): their notices lie between the first member's key and the last one's, one range of
        // that index, which covers the query. The range is bounded by the ids too, because many members may share a
        // last activity (an import that set one time for all), and a chunk must not read the notices of all before it.
        Comparator<Map.Entry<Long, LocalDateTime>> keyOrder =
                Map.Entry.<Long, LocalDateTime>comparingByValue().thenComparing(Map.Entry.comparingByKey());
        Map.Entry<Long, LocalDateTime> first = Collections.min(idleSinceByMember.entrySet(), keyOrder);
        Map.Entry<Long, LocalDateTime> last = Collections.max(idleSinceByMember.entrySet(), keyOrder);
        boolean oneTime = first.getValue().equals(last.getValue());
        try (Connection connection = store.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(oneTime ? NOTICES_AT_ONE_TIME : NOTICES_BETWEEN)) {
            if (oneTime) {
                select.setTimestamp(1, Timestamp.valueOf(first.getValue()));
                select.setLong(2, first.getKey());
                select.setLong(3, last.getKey());
            } else {
                select.setTimestamp(1, Timestamp.valueOf(first.getValue()));
                select.setLong(2, first.getKey());
                select.setTimestamp(3, Timestamp.valueOf(first.getValue()));
                select.setTimestamp(4, Timestamp.valueOf(last.getValue()));
                select.setTimestamp(5, Timestamp.valueOf(last.getValue()));
                select.setLong(6, last.getKey());
            }
            Set<Long> noticed = new HashSet<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long memberId = row.getLong(1);
                    if (row.getTimestamp(2).toLocalDateTime().equals(idleSinceByMember.get(memberId))) {
                        noticed.add(memberId);
                    }
                }
            }
            return noticed;
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "Could not read the notices of " + idleSinceByMember.size() + " members", failure);
        }
    }

    @Override
    public void add(List<DormancyNotice> notices) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DORMANCY_NOTICE_RECORD (MEMBER_ID, IDLE_SINCE, DORMANT_FROM, NOTICED_AT, ADDRESS_HASH,"
                                + " MAIL_ID, OUTCOME) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DormancyNotice notice : notices) {
                insert.setLong(1, notice.memberId());
                insert.setTimestamp(2, Timestamp.valueOf(notice.idleSince()));
                insert.setTimestamp(3, Timestamp.valueOf(notice.dormantFrom()));
                insert.setTimestamp(4, Timestamp.valueOf(notice.noticedAt()));
                insert.setString(5, notice.addressHash());
                insert.setLong(6, notice.mailId());
                insert.setString(7, notice.outcome().name());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record " + notices.size() + " dormancy notices", failure);
        }
    }

    @Override
    public List<DormancyNotice> ofMember(long memberId) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT IDLE_SINCE, DORMANT_FROM, NOTICED_AT, ADDRESS_HASH, MAIL_ID, OUTCOME"
                                + " FROM DORMANCY_NOTICE_RECORD WHERE MEMBER_ID = ? ORDER BY NOTICED_AT DESC, ID DESC")) {
            select.setLong(1, memberId);
            List<DormancyNotice> notices = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    notices.add(new DormancyNotice(
                            memberId,
                            row.getTimestamp(1).toLocalDateTime(),
                            row.getTimestamp(2).toLocalDateTime(),
                            row.getTimestamp(3).toLocalDateTime(),
                            row.getString(4),
                            row.getLong(5),
                            DormancyNotice.Outcome.valueOf(row.getString(6))));
                }
            }
            return notices;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the notices of member " + memberId, failure);
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
    public void settle(Collection<Long> noticeIds, DormancyNotice.Outcome outcome) {
        if (noticeIds.isEmpty()) {
            return;
        }
        String ids = String.join(", ", Collections.nCopies(noticeIds.size(), "?"));
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE DORMANCY_NOTICE_RECORD SET OUTCOME = ?"
                        + " WHERE ID IN (" + ids + ") AND OUTCOME = 'QUEUED'")) {
            update.setString(1, outcome.name());
            int parameter = 2;
            for (long noticeId : noticeIds) {
                update.setLong(parameter++, noticeId);
            }
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not settle " + noticeIds.size() + " dormancy notices", failure);
        }
    }
}
