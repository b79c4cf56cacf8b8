package dev.pims.retention.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** The destruction ledger as the operational store holds it, for tests. */
public final class DestructionLedgerStore {

    private final StoreConnection store;

    /** @param operational the operational store, which holds the ledger */
    public DestructionLedgerStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One row: a destroyed chunk. */
    public record Chunk(long jobRunId, String rule, long records, LocalDateTime oldest, LocalDateTime newest) {}

    /** Every chunk of the rule, in the order they were destroyed. */
    public List<Chunk> chunksOf(String rule) throws SQLException {
        return chunksWhere("RULE_NAME = ?", rule);
    }

    /** Every chunk of one run of the engine, in the order they were destroyed. */
    public List<Chunk> chunksOfRun(long jobRunId) throws SQLException {
        return chunksWhere("JOB_RUN_ID = ?", jobRunId);
    }

    /** Every chunk of the earliest run of the engine that destroyed anything, in the order they were destroyed. */
    public List<Chunk> chunksOfTheFirstRun() throws SQLException {
        return chunksWhere("JOB_RUN_ID = (SELECT MIN(JOB_RUN_ID) FROM DESTRUCTION_LEDGER)");
    }

    private List<Chunk> chunksWhere(String condition, Object... values) throws SQLException {
        return store.query(
                "SELECT JOB_RUN_ID, RULE_NAME, RECORDS, OLDEST, NEWEST FROM DESTRUCTION_LEDGER WHERE " + condition
                        + " ORDER BY ID",
                row -> new Chunk(
                        row.getLong("JOB_RUN_ID"),
                        row.getString("RULE_NAME"),
                        row.getLong("RECORDS"),
                        StoreConnection.localDateTime(row, "OLDEST"),
                        StoreConnection.localDateTime(row, "NEWEST")),
                values);
    }

    /** Tries to change the count of every row of the rule: the database must refuse it. */
    public int updateRecordsOf(String rule, long records) throws SQLException {
        return store.update("UPDATE DESTRUCTION_LEDGER SET RECORDS = ? WHERE RULE_NAME = ?", records, rule);
    }

    /** Tries to delete every row of the rule: the database must refuse it. */
    public int deleteChunksOf(String rule) throws SQLException {
        return store.update("DELETE FROM DESTRUCTION_LEDGER WHERE RULE_NAME = ?", rule);
    }
}
