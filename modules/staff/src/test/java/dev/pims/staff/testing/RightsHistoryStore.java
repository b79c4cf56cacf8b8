package dev.pims.staff.testing;

import dev.pims.store.StoreVendor;
import dev.pims.store.testing.StoreConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The access-rights history in the operational store, for tests: what it holds of an account, an entry appended as
 * PIMS appends one, and the changes the database refuses (the history is append-only: each refused method only issues
 * its statement, and the test asserts the {@link SQLException} naming {@code ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY}).
 */
public final class RightsHistoryStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public RightsHistoryStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One entry of the history: who changed what (kind, the role or category if any) and why. */
    public record Change(String actorId, String changeKind, String rightName, String reason) {}

    /** The changes of the rights of the account with this login id, in the order they were made. */
    public List<Change> changesOf(String targetLoginId) throws SQLException {
        return store.query(
                "SELECT ACTOR_ID, CHANGE_KIND, RIGHT_NAME, REASON FROM ACCESS_RIGHTS_RECORD "
                        + "WHERE TARGET_LOGIN_ID = ? ORDER BY ID",
                row -> new Change(
                        row.getString("ACTOR_ID"),
                        row.getString("CHANGE_KIND"),
                        row.getString("RIGHT_NAME"),
                        row.getString("REASON")),
                targetLoginId);
    }

    /** Appends an entry, now, with the next id of the history's sequence: what the database allows. */
    public void append(String targetLoginId, Change change) throws SQLException {
        String nextId;
        try (Connection connection = store.open()) {
            nextId = StoreVendor.of(connection).nextValueOf("ACCESS_RIGHTS_RECORD_SEQ");
        }
        long id = store.query(nextId, row -> row.getLong(1)).get(0);
        store.update(
                "INSERT INTO ACCESS_RIGHTS_RECORD (ID, OCCURRED_AT, ACTOR_ID, TARGET_LOGIN_ID, CHANGE_KIND, "
                        + "RIGHT_NAME, REASON) VALUES (?, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)",
                id,
                change.actorId(),
                targetLoginId,
                change.changeKind(),
                change.rightName(),
                change.reason());
    }

    /** Rewrites the reason of every change of an account's rights; refused. */
    public void updateReasonsOf(String targetLoginId, String reason) throws SQLException {
        store.update("UPDATE ACCESS_RIGHTS_RECORD SET REASON = ? WHERE TARGET_LOGIN_ID = ?", reason, targetLoginId);
    }

    /** Deletes the whole history; refused. */
    public void deleteAll() throws SQLException {
        store.update("DELETE FROM ACCESS_RIGHTS_RECORD");
    }
}
