package dev.pims.usage.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
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
}
