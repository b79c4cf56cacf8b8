package dev.pims.payments.internal;

import dev.pims.payments.PaymentKind;
import dev.pims.payments.domain.PaymentRecord;
import dev.pims.payments.domain.PaymentRecords;
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

/** Payment records by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcPaymentRecords implements PaymentRecords {

    static final RecordTable PAYMENT_RECORDS =
            new RecordTable(PaymentRecordRetention.NAME, "PAYMENT_RECORD", "ID", "PAID_AT", "MEMBER_ID");

    /** Walks the index (MEMBER_ID, PAID_AT DESC, ID DESC) in its order and stops after the page. */
    private static final String NEWEST_OF_MEMBER =
            "SELECT ID, MEMBER_ID, PAID_AT, AMOUNT, ITEM, METHOD_KIND, METHOD_LABEL FROM PAYMENT_RECORD"
                    + " WHERE MEMBER_ID = ? ORDER BY PAID_AT DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(PaymentRecord record) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO PAYMENT_RECORD"
                        + " (MEMBER_ID, PAID_AT, AMOUNT, ITEM, METHOD_KIND, METHOD_LABEL) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, record.memberId());
            insert.setTimestamp(2, Timestamp.valueOf(record.paidAt()));
            insert.setLong(3, record.amount());
            insert.setString(4, record.item());
            insert.setString(5, record.methodKind().name());
            insert.setString(6, record.methodLabel());
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record a payment of member " + record.memberId(), failure);
        }
    }

    @Override
    public List<PaymentRecord> newestOf(long memberId, int first, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(NEWEST_OF_MEMBER)) {
            select.setLong(1, memberId);
            select.setInt(2, first);
            select.setInt(3, max);
            List<PaymentRecord> records = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    records.add(new PaymentRecord(
                            row.getLong(1),
                            row.getLong(2),
                            row.getTimestamp(3).toLocalDateTime(),
                            row.getLong(4),
                            row.getString(5),
                            PaymentKind.valueOf(row.getString(6)),
                            row.getString(7)));
                }
            }
            return records;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the payments of member " + memberId, failure);
        }
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return PAYMENT_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return PAYMENT_RECORDS.destroyBefore(store, threshold, max);
    }
}
