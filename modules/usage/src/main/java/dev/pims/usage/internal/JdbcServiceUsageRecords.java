package dev.pims.usage.internal;

import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import dev.pims.usage.UsageKind;
import dev.pims.usage.domain.ServiceUsageRecord;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Service-usage records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcServiceUsageRecords implements ServiceUsageRecords {

    static final RecordTable SERVICE_USAGE_RECORDS =
            new RecordTable(ServiceUsageRetention.NAME, "SERVICE_USAGE_RECORD", "ID", "OCCURRED_AT", "MEMBER_ID");

    /** Walks the index (MEMBER_ID, OCCURRED_AT DESC, ID DESC) in its order and stops after the page. */
    private static final String NEWEST_OF_MEMBER = "SELECT ID, MEMBER_ID, OCCURRED_AT, KIND, DETAIL"
            + " FROM SERVICE_USAGE_RECORD WHERE MEMBER_ID = ? ORDER BY OCCURRED_AT DESC, ID DESC"
            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    /** Walks the index (OCCURRED_AT, ID) in its order and stops after the most asked for. */
    private static final String BETWEEN = "SELECT ID, MEMBER_ID, OCCURRED_AT, KIND, DETAIL"
            + " FROM SERVICE_USAGE_RECORD WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ? ORDER BY OCCURRED_AT, ID"
            + " FETCH FIRST ? ROWS ONLY";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(long memberId, LocalDateTime occurredAt, UsageKind kind, String detail) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO SERVICE_USAGE_RECORD (MEMBER_ID, OCCURRED_AT, KIND, DETAIL) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, memberId);
            insert.setTimestamp(2, Timestamp.valueOf(occurredAt));
            insert.setString(3, kind.name());
            if (detail == null) {
                insert.setNull(4, Types.VARCHAR);
            } else {
                insert.setString(4, detail);
            }
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record a use of member " + memberId, failure);
        }
    }

    @Override
    public List<ServiceUsageRecord> newestOf(long memberId, int first, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(NEWEST_OF_MEMBER)) {
            select.setLong(1, memberId);
            select.setInt(2, first);
            select.setInt(3, max);
            return recordsOf(select);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the uses of member " + memberId, failure);
        }
    }

    @Override
    public List<ServiceUsageRecord> between(LocalDateTime from, LocalDateTime until, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(BETWEEN)) {
            select.setTimestamp(1, Timestamp.valueOf(from));
            select.setTimestamp(2, Timestamp.valueOf(until));
            select.setInt(3, max);
            return recordsOf(select);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the uses from " + from + " to " + until, failure);
        }
    }

    private static List<ServiceUsageRecord> recordsOf(PreparedStatement select) throws SQLException {
        List<ServiceUsageRecord> records = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                records.add(new ServiceUsageRecord(
                        row.getLong(1),
                        row.getLong(2),
                        row.getTimestamp(3).toLocalDateTime(),
                        UsageKind.valueOf(row.getString(4)),
                        row.getString(5)));
            }
        }
        return records;
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return SERVICE_USAGE_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return SERVICE_USAGE_RECORDS.destroyBefore(store, threshold, max);
    }
}
