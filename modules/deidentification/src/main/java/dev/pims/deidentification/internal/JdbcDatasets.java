package dev.pims.deidentification.internal;

import dev.pims.deidentification.DatasetReport;
import dev.pims.deidentification.TimeGranularity;
import dev.pims.deidentification.domain.Datasets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The datasets' reports and sealed keys by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcDatasets implements Datasets {

    private static final String COLUMNS = "ID, PURPOSE, K_REQUIRED, K_REACHED, GRANULARITY, FIRST_DAY, LAST_DAY,"
            + " ROWS_KEPT, ROWS_SUPPRESSED, MEMBERS_KEPT, MEMBERS_SUPPRESSED, BUILT_BY, BUILT_AT, SIGNED_OFF_BY,"
            + " SIGNED_OFF_AT, DESTROYED_BY, DESTROYED_AT";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public DatasetReport add(DatasetReport report, String sealedKey) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DEID_DATASET (PURPOSE, K_REQUIRED, K_REACHED, GRANULARITY, FIRST_DAY, LAST_DAY,"
                                + " ROWS_KEPT, ROWS_SUPPRESSED, MEMBERS_KEPT, MEMBERS_SUPPRESSED, SEALED_KEY, BUILT_BY,"
                                + " BUILT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, report.purpose());
            insert.setInt(2, report.kRequired());
            insert.setInt(3, report.kReached());
            insert.setString(4, report.granularity().name());
            insert.setDate(5, Date.valueOf(report.firstDay()));
            insert.setDate(6, Date.valueOf(report.lastDay()));
            insert.setInt(7, report.rowsKept());
            insert.setInt(8, report.rowsSuppressed());
            insert.setInt(9, report.membersKept());
            insert.setInt(10, report.membersSuppressed());
            insert.setString(11, sealedKey);
            insert.setString(12, report.builtBy());
            insert.setTimestamp(13, Timestamp.valueOf(report.builtAt()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return byId(connection, keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not add a de-identified dataset", failure);
        }
    }

    @Override
    public Optional<DatasetReport> byId(long id) {
        try (Connection connection = store.getConnection()) {
            return byId(connection, id);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read de-identified dataset " + id, failure);
        }
    }

    private static Optional<DatasetReport> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM DEID_DATASET WHERE ID = ?")) {
            select.setLong(1, id);
            return reportsOf(select).stream().findFirst();
        }
    }

    @Override
    public List<DatasetReport> all() {
        return select("SELECT " + COLUMNS + " FROM DEID_DATASET ORDER BY BUILT_AT DESC, ID DESC", null);
    }

    @Override
    public boolean signOff(long id, String by, LocalDateTime at) {
        return update(
                "UPDATE DEID_DATASET SET SIGNED_OFF_BY = ?, SIGNED_OFF_AT = ? WHERE ID = ? AND SIGNED_OFF_AT IS NULL"
                        + " AND DESTROYED_AT IS NULL",
                id,
                by,
                at);
    }

    @Override
    public boolean destroy(long id, String by, LocalDateTime at) {
        return update(
                "UPDATE DEID_DATASET SET SEALED_KEY = NULL, DESTROYED_BY = ?, DESTROYED_AT = ? WHERE ID = ?"
                        + " AND DESTROYED_AT IS NULL",
                id,
                by,
                at);
    }

    private boolean update(String sql, long id, String by, LocalDateTime at) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, by);
            update.setTimestamp(2, Timestamp.valueOf(at));
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not change de-identified dataset " + id, failure);
        }
    }

    @Override
    public List<DatasetReport> builtBefore(LocalDateTime threshold, int max) {
        return select(
                "SELECT " + COLUMNS + " FROM DEID_DATASET WHERE BUILT_AT < ? AND DESTROYED_AT IS NULL"
                        + " ORDER BY BUILT_AT, ID FETCH FIRST " + max + " ROWS ONLY",
                threshold);
    }

    @Override
    public long countBuiltBefore(LocalDateTime threshold) {
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM DEID_DATASET WHERE BUILT_AT < ? AND DESTROYED_AT IS NULL")) {
            count.setTimestamp(1, Timestamp.valueOf(threshold));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the datasets due", failure);
        }
    }

    private List<DatasetReport> select(String sql, LocalDateTime threshold) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (threshold != null) {
                select.setTimestamp(1, Timestamp.valueOf(threshold));
            }
            return reportsOf(select);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the de-identified datasets", failure);
        }
    }

    private static List<DatasetReport> reportsOf(PreparedStatement select) throws SQLException {
        List<DatasetReport> reports = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                reports.add(new DatasetReport(
                        row.getLong(1),
                        row.getString(2),
                        row.getInt(3),
                        row.getInt(4),
                        TimeGranularity.valueOf(row.getString(5)),
                        row.getDate(6).toLocalDate(),
                        row.getDate(7).toLocalDate(),
                        row.getInt(8),
                        row.getInt(9),
                        row.getInt(10),
                        row.getInt(11),
                        row.getString(12),
                        row.getTimestamp(13).toLocalDateTime(),
                        row.getString(14),
                        timeOf(row.getTimestamp(15)),
                        row.getString(16),
                        timeOf(row.getTimestamp(17))));
            }
        }
        return reports;
    }

    private static LocalDateTime timeOf(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
