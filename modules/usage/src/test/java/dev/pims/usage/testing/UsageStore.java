package dev.pims.usage.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** The service-usage records the operational store keeps of a member (policy §2A(2)), for tests. */
public final class UsageStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public UsageStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The details of the member's records, oldest first. */
    public List<String> detailsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT DETAIL FROM SERVICE_USAGE_RECORD WHERE MEMBER_ID = ? ORDER BY OCCURRED_AT, ID",
                row -> row.getString("DETAIL"),
                memberId);
    }

    /** A use written straight into the store, as the main service's report would leave it at that time (UTC). */
    public void insertUse(long memberId, LocalDateTime occurredAt, String kind, String detail) throws SQLException {
        store.update(
                "INSERT INTO SERVICE_USAGE_RECORD (MEMBER_ID, OCCURRED_AT, KIND, DETAIL) VALUES (?, ?, ?, ?)",
                memberId,
                Timestamp.valueOf(occurredAt),
                kind,
                detail);
    }
}
