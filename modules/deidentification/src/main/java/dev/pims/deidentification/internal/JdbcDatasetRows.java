package dev.pims.deidentification.internal;

import dev.pims.deidentification.JobFamily;
import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.deidentification.domain.DatasetRows;
import dev.pims.membership.Industry;
import dev.pims.usage.UsageKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The datasets' rows by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcDatasetRows implements DatasetRows {

    /** Rows per JDBC batch: a dataset of a year's uses goes in without one round trip per row. */
    private static final int BATCH = 1000;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(long datasetId, List<DatasetRow> rows) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DEID_DATASET_ROW (DATASET_ID, ROW_NO, PSEUDONYM, JOB_FAMILY, INDUSTRY, PERIOD,"
                                + " USAGE_KIND) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int number = 0; number < rows.size(); number++) {
                DatasetRow row = rows.get(number);
                insert.setLong(1, datasetId);
                insert.setInt(2, number + 1);
                insert.setString(3, row.pseudonym());
                insert.setString(4, row.jobFamily().name());
                insert.setString(5, row.industry().name());
                insert.setString(6, row.period());
                insert.setString(7, row.usageKind().name());
                insert.addBatch();
                if ((number + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not add the rows of dataset " + datasetId, failure);
        }
    }

    @Override
    public List<DatasetRow> of(long datasetId) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT PSEUDONYM, JOB_FAMILY, INDUSTRY, PERIOD, USAGE_KIND FROM DEID_DATASET_ROW"
                                + " WHERE DATASET_ID = ? ORDER BY ROW_NO")) {
            select.setLong(1, datasetId);
            List<DatasetRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new DatasetRow(
                            row.getString(1),
                            JobFamily.valueOf(row.getString(2)),
                            Industry.valueOf(row.getString(3)),
                            row.getString(4),
                            UsageKind.valueOf(row.getString(5))));
                }
            }
            return rows;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the rows of dataset " + datasetId, failure);
        }
    }

    @Override
    public int destroy(long datasetId) {
        try (Connection connection = store.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM DEID_DATASET_ROW WHERE DATASET_ID = ?")) {
            delete.setLong(1, datasetId);
            return delete.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not destroy the rows of dataset " + datasetId, failure);
        }
    }
}
