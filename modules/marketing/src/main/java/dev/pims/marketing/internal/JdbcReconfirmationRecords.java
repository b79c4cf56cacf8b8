package dev.pims.marketing.internal;

import dev.pims.marketing.domain.ReconfirmationNotice;
import dev.pims.marketing.domain.ReconfirmationRecords;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reconfirmation notice records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcReconfirmationRecords implements ReconfirmationRecords {

    static final RecordTable NOTICE_RECORDS = new RecordTable(
            ReconfirmationRecordRetention.NAME, "MARKETING_RECONFIRMATION_RECORD", "ID", "NOTICED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public Map<Long, LocalDateTime> latestNotices(Map<Long, LocalDateTime> consentGivenAtByMember) {
        // One probe of MARKETING_RECONFIRMATION_MEMBER per member, on one statement, as dormancy's notices do.
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT MAX(NOTICED_AT)"
                        + " FROM MARKETING_RECONFIRMATION_RECORD WHERE MEMBER_ID = ? AND CONSENT_GIVEN_AT = ?")) {
            Map<Long, LocalDateTime> latest = new HashMap<>();
            for (Map.Entry<Long, LocalDateTime> member : consentGivenAtByMember.entrySet()) {
                select.setLong(1, member.getKey());
                select.setTimestamp(2, Timestamp.valueOf(member.getValue()));
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getTimestamp(1) != null) {
                        latest.put(member.getKey(), row.getTimestamp(1).toLocalDateTime());
                    }
                }
            }
            return latest;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the latest reconfirmation notices", failure);
        }
    }

    @Override
    public void add(List<ReconfirmationNotice> notices) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO MARKETING_RECONFIRMATION_RECORD"
                        + " (MEMBER_ID, CONSENT_GIVEN_AT, CYCLE_FROM, NOTICED_AT, ADDRESS_HASH, MAIL_ID, OUTCOME)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ReconfirmationNotice notice : notices) {
                insert.setLong(1, notice.memberId());
                insert.setTimestamp(2, Timestamp.valueOf(notice.consentGivenAt()));
                insert.setTimestamp(3, Timestamp.valueOf(notice.cycleFrom()));
                insert.setTimestamp(4, Timestamp.valueOf(notice.noticedAt()));
                insert.setString(5, notice.addressHash());
                insert.setLong(6, notice.mailId());
                insert.setString(7, ReconfirmationNotice.QUEUED);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "Could not record " + notices.size() + " marketing reconfirmation notices", failure);
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
}
