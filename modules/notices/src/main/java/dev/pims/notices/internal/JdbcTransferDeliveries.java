package dev.pims.notices.internal;

import dev.pims.notices.domain.TransferDeliveries;
import dev.pims.notices.domain.TransferDelivery;
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

/** Delivery records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcTransferDeliveries implements TransferDeliveries {

    static final RecordTable DELIVERIES =
            new RecordTable(TransferDeliveryRetention.NAME, "TRANSFER_NOTICE_DELIVERY", "ID", "MAILED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public Set<Long> mailedAmong(long transferId, Collection<Long> memberIds) {
        // One probe of TRANSFER_NOTICE_ONCE_A_MEMBER per member on one statement, as the dormancy notices do: Derby
        // may plan an IN list of a chunk's members as a scan.
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM TRANSFER_NOTICE_DELIVERY WHERE TRANSFER_ID = ? AND MEMBER_ID = ?")) {
            Set<Long> mailed = new HashSet<>();
            select.setLong(1, transferId);
            for (long member : memberIds) {
                select.setLong(2, member);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        mailed.add(member);
                    }
                }
            }
            return mailed;
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "Could not read the deliveries of transfer " + transferId + " to " + memberIds.size() + " members",
                    failure);
        }
    }

    @Override
    public void add(List<TransferDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO TRANSFER_NOTICE_DELIVERY"
                        + " (TRANSFER_ID, MEMBER_ID, MAILED_AT, MAIL_ID, OUTCOME) VALUES (?, ?, ?, ?, 'QUEUED')")) {
            for (TransferDelivery delivery : deliveries) {
                insert.setLong(1, delivery.transferId());
                insert.setLong(2, delivery.memberId());
                insert.setTimestamp(3, Timestamp.valueOf(delivery.mailedAt()));
                insert.setLong(4, delivery.mailId());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record " + deliveries.size() + " transfer notices", failure);
        }
    }

    @Override
    public long countOf(long transferId) {
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM TRANSFER_NOTICE_DELIVERY WHERE TRANSFER_ID = ?")) {
            count.setLong(1, transferId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the deliveries of transfer " + transferId, failure);
        }
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return DELIVERIES.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return DELIVERIES.destroyBefore(store, threshold, max);
    }
}
