package dev.pims.retention.internal;

import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.DestructionEntry;
import dev.pims.retention.domain.DestructionLedger;
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
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** The destruction ledger in the operational store, by plain JDBC: it joins the caller's transaction. */
@ApplicationScoped
class JdbcDestructionLedger implements DestructionLedger {

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void append(long jobRunId, DestroyedRecords chunk, LocalDateTime destroyedAt) {
        String sql = "INSERT INTO DESTRUCTION_LEDGER (JOB_RUN_ID, RULE_NAME, RECORDS, OLDEST, NEWEST, DESTROYED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, jobRunId);
            insert.setString(2, chunk.rule());
            insert.setLong(3, chunk.count());
            insert.setTimestamp(4, Timestamp.valueOf(chunk.oldest()));
            insert.setTimestamp(5, Timestamp.valueOf(chunk.newest()));
            insert.setTimestamp(6, Timestamp.valueOf(destroyedAt));
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not append to the destruction ledger", failure);
        }
    }

    @Override
    public Set<String> rulesThatDestroyedIn(long jobRunId) {
        String sql = "SELECT DISTINCT RULE_NAME FROM DESTRUCTION_LEDGER WHERE JOB_RUN_ID = ?";
        Set<String> rules = new TreeSet<>();
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, jobRunId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rules.add(row.getString(1));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the destruction ledger", failure);
        }
        return rules;
    }

    @Override
    public List<DestructionEntry> perRunAndRule(int max) {
        String sql = "SELECT JOB_RUN_ID, RULE_NAME, SUM(RECORDS), MIN(OLDEST), MAX(NEWEST), MAX(DESTROYED_AT)"
                + " FROM DESTRUCTION_LEDGER GROUP BY JOB_RUN_ID, RULE_NAME"
                + " ORDER BY JOB_RUN_ID DESC, RULE_NAME FETCH FIRST ? ROWS ONLY";
        List<DestructionEntry> entries = new ArrayList<>();
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, max);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new DestructionEntry(
                            row.getLong(1),
                            row.getString(2),
                            row.getLong(3),
                            row.getTimestamp(4).toLocalDateTime(),
                            row.getTimestamp(5).toLocalDateTime(),
                            row.getTimestamp(6).toLocalDateTime()));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the destruction ledger", failure);
        }
        return entries;
    }
}
