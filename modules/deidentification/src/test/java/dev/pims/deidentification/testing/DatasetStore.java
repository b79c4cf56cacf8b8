package dev.pims.deidentification.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** The de-identified datasets as the operational store holds them, for tests. */
public final class DatasetStore {

    /** Rows a placed dataset holds: one class of five members, each with one use. */
    private static final int PLACED_ROWS = 5;

    private final StoreConnection store;

    /** @param operational the operational store */
    public DatasetStore(StoreConnection operational) {
        this.store = operational;
    }

    /**
     * What the store holds of a dataset.
     *
     * @param rows its rows still in DEID_DATASET_ROW
     * @param keyHeld whether its sealed pseudonym key is still there
     */
    public record Stored(int rows, boolean keyHeld, String destroyedBy, LocalDateTime destroyedAt) {}

    public Stored of(long datasetId) throws SQLException {
        int rows = (int) store.count("SELECT COUNT(*) FROM DEID_DATASET_ROW WHERE DATASET_ID = ?", datasetId);
        return store.query(
                        "SELECT SEALED_KEY, DESTROYED_BY, DESTROYED_AT FROM DEID_DATASET WHERE ID = ?",
                        row -> new Stored(
                                rows,
                                row.getString("SEALED_KEY") != null,
                                row.getString("DESTROYED_BY"),
                                StoreConnection.localDateTime(row, "DESTROYED_AT")),
                        datasetId)
                .getFirst();
    }

    /**
     * Places a dataset as if built at that time (its period the day before), with five rows and a sealed key, as the
     * building would have left it; answers its id. The key is a stand-in: nothing reads it but its destruction.
     */
    public long placeBuiltAt(LocalDateTime builtAt, String purpose) throws SQLException {
        LocalDate day = builtAt.toLocalDate().minusDays(1);
        store.update(
                "INSERT INTO DEID_DATASET (PURPOSE, K_REQUIRED, K_REACHED, GRANULARITY, FIRST_DAY, LAST_DAY, ROWS_KEPT,"
                        + " ROWS_SUPPRESSED, MEMBERS_KEPT, MEMBERS_SUPPRESSED, SEALED_KEY, BUILT_BY, BUILT_AT)"
                        + " VALUES (?, 5, 5, 'DAY', ?, ?, ?, 0, ?, 0, 'placed-by-a-test', 'placed', ?)",
                purpose,
                Date.valueOf(day),
                Date.valueOf(day),
                PLACED_ROWS,
                PLACED_ROWS,
                Timestamp.valueOf(builtAt));
        long id = store.query("SELECT MAX(ID) FROM DEID_DATASET WHERE PURPOSE = ?", row -> row.getLong(1), purpose)
                .getFirst();
        for (int number = 1; number <= PLACED_ROWS; number++) {
            store.update(
                    "INSERT INTO DEID_DATASET_ROW (DATASET_ID, ROW_NO, PSEUDONYM, JOB_FAMILY, INDUSTRY, PERIOD,"
                            + " USAGE_KIND) VALUES (?, ?, ?, 'DESIGN', 'FASHION', ?, 'SEARCH_RUN')",
                    id,
                    number,
                    String.format(Locale.ROOT, "%064x", id * 100 + number),
                    day.toString());
        }
        return id;
    }

    /** Signs a placed dataset's report off an hour after its building, as a second privacy officer would have. */
    public void signOff(long datasetId, String by) throws SQLException {
        store.update(
                "UPDATE DEID_DATASET SET SIGNED_OFF_BY = ?, SIGNED_OFF_AT = {fn TIMESTAMPADD(SQL_TSI_HOUR, 1, BUILT_AT)}"
                        + " WHERE ID = ?",
                by,
                datasetId);
    }
}
