package dev.pims.payments.internal;

import dev.pims.payments.PaymentKind;
import dev.pims.payments.domain.PaymentMethod;
import dev.pims.payments.domain.PaymentMethods;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Payment methods by plain JDBC on the operational store, in the caller's transaction; no message names a number. */
@ApplicationScoped
class JdbcPaymentMethods implements PaymentMethods {

    private static final String COLUMNS = "ID, MEMBER_ID, KIND, PROVIDER, HOLDER_NAME, EXPIRY_YEAR, EXPIRY_MONTH,"
            + " MASKED_LABEL, SEALED_NUMBER, SEALED_APPROVAL, ADDED_AT";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public long add(PaymentMethod method) {
        String sql = "INSERT INTO PAYMENT_METHOD (MEMBER_ID, KIND, PROVIDER, HOLDER_NAME, EXPIRY_YEAR, EXPIRY_MONTH,"
                + " MASKED_LABEL, SEALED_NUMBER, SEALED_APPROVAL, ADDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, method.memberId());
            insert.setString(2, method.kind().name());
            insert.setString(3, method.provider());
            insert.setString(4, method.holderName());
            if (method.expiry() == null) {
                insert.setNull(5, Types.INTEGER);
                insert.setNull(6, Types.INTEGER);
            } else {
                insert.setInt(5, method.expiry().getYear());
                insert.setInt(6, method.expiry().getMonthValue());
            }
            insert.setString(7, method.label());
            insert.setString(8, method.sealedNumber());
            insert.setString(9, method.sealedApproval());
            insert.setTimestamp(10, Timestamp.valueOf(method.addedAt()));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not keep a payment method of member " + method.memberId(), failure);
        }
    }

    @Override
    public List<PaymentMethod> ofMember(long memberId) {
        return select("SELECT " + COLUMNS + " FROM PAYMENT_METHOD WHERE MEMBER_ID = ? ORDER BY ADDED_AT, ID", memberId);
    }

    @Override
    public Optional<PaymentMethod> ofMember(long memberId, long methodId) {
        return select("SELECT " + COLUMNS + " FROM PAYMENT_METHOD WHERE MEMBER_ID = ? AND ID = ?", memberId, methodId)
                .stream()
                .findFirst();
    }

    @Override
    public boolean remove(long memberId, long methodId) {
        return delete("DELETE FROM PAYMENT_METHOD WHERE MEMBER_ID = ? AND ID = ?", memberId, methodId) > 0;
    }

    @Override
    public int removeAllOf(long memberId) {
        return delete("DELETE FROM PAYMENT_METHOD WHERE MEMBER_ID = ?", memberId);
    }

    private int delete(String sql, long... keys) {
        try (Connection connection = store.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int k = 0; k < keys.length; k++) {
                delete.setLong(k + 1, keys[k]);
            }
            return delete.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not remove payment methods of member " + keys[0], failure);
        }
    }

    private List<PaymentMethod> select(String sql, long... keys) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int k = 0; k < keys.length; k++) {
                select.setLong(k + 1, keys[k]);
            }
            List<PaymentMethod> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int year = row.getInt("EXPIRY_YEAR");
                    YearMonth expiry = row.wasNull() ? null : YearMonth.of(year, row.getInt("EXPIRY_MONTH"));
                    found.add(new PaymentMethod(
                            row.getLong("ID"),
                            row.getLong("MEMBER_ID"),
                            PaymentKind.valueOf(row.getString("KIND")),
                            row.getString("PROVIDER"),
                            row.getString("HOLDER_NAME"),
                            expiry,
                            row.getString("MASKED_LABEL"),
                            row.getString("SEALED_NUMBER"),
                            row.getString("SEALED_APPROVAL"),
                            row.getTimestamp("ADDED_AT").toLocalDateTime()));
                }
            }
            return found;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read payment methods of member " + keys[0], failure);
        }
    }
}
