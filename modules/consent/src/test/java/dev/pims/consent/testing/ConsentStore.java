package dev.pims.consent.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.util.List;

/** The consent records the operational store keeps of a member (policy §2B), for tests. */
public final class ConsentStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public ConsentStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One consent given or withdrawn: for what, which way, under which policy, from where, and how. */
    public record Consent(String purpose, String action, String policyVersion, String clientIp, String method) {}

    /** Every consent record of a member, oldest first. */
    public List<Consent> recordsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT PURPOSE, ACTION, POLICY_VERSION, CLIENT_IP, METHOD FROM CONSENT_RECORD "
                        + "WHERE MEMBER_ID = ? ORDER BY ID",
                row -> new Consent(
                        row.getString("PURPOSE"),
                        row.getString("ACTION"),
                        row.getString("POLICY_VERSION"),
                        row.getString("CLIENT_IP"),
                        row.getString("METHOD")),
                memberId);
    }
}
