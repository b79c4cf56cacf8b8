package dev.pims.membership.internal;

import dev.pims.membership.FailedLogin;
import dev.pims.membership.domain.LoginFailures;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import javax.sql.DataSource;

/** {@code LOGIN_FAILURE} by plain JDBC: an insert, and reads by the address's and the client's indexes. */
@Stateless
public class JdbcLoginFailures implements LoginFailures {

    static final RecordTable LOGIN_FAILURES =
            new RecordTable(LoginFailureRetention.NAME, "LOGIN_FAILURE", "ID", "FAILED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    public JdbcLoginFailures() {}

    /** Outside a server, on a store of the caller's choosing: the tests', each statement its own transaction. */
    JdbcLoginFailures(DataSource store) {
        this.store = store;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(LocalDateTime failedAt, String client, String addressKey, Long memberId) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO LOGIN_FAILURE (FAILED_AT, CLIENT_IP, ADDRESS_HMAC, MEMBER_ID) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.valueOf(failedAt));
            insert.setString(2, client);
            insert.setString(3, addressKey);
            if (memberId == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, memberId);
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count a failed login", failure);
        }
    }

    @Override
    public List<LoginFailure> ofAddress(String addressKey) {
        List<LoginFailure> failures = new ArrayList<>();
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT ID, FAILED_AT FROM LOGIN_FAILURE WHERE ADDRESS_HMAC = ? ORDER BY FAILED_AT, ID")) {
            select.setString(1, addressKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    failures.add(new LoginFailure(
                            rows.getLong(1), rows.getTimestamp(2).toLocalDateTime()));
                }
            }
            return failures;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the failed logins of an address", failure);
        }
    }

    @Override
    public List<FailedLogin> ofMember(long memberId) {
        List<FailedLogin> failures = new ArrayList<>();
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT FAILED_AT, CLIENT_IP FROM LOGIN_FAILURE"
                        + " WHERE MEMBER_ID = ? ORDER BY FAILED_AT DESC, ID DESC")) {
            select.setLong(1, memberId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    failures.add(new FailedLogin(rows.getTimestamp(1).toLocalDateTime(), rows.getString(2)));
                }
            }
            return failures;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the failed logins of a member", failure);
        }
    }

    @Override
    public int fromClientSince(String client, LocalDateTime since) {
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM LOGIN_FAILURE WHERE CLIENT_IP = ? AND FAILED_AT >= ?")) {
            count.setString(1, client);
            count.setTimestamp(2, Timestamp.valueOf(since));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the failed logins of a client", failure);
        }
    }

    @Override
    public void forgetAddress(String addressKey) {
        try (Connection connection = store.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM LOGIN_FAILURE WHERE ADDRESS_HMAC = ?")) {
            delete.setString(1, addressKey);
            delete.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not end a run of failed logins", failure);
        }
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return LOGIN_FAILURES.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return LOGIN_FAILURES.destroyBefore(store, threshold, max);
    }
}
