package dev.pims.consent.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Consents to marketing e-mail (policy §1D) written into the records at a chosen time, for tests of what is due two
 * years on. Records are only ever added, here as by PIMS.
 */
public final class MarketingConsentStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public MarketingConsentStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The member gave the consent on the consents page at {@code at}. */
    public void given(long memberId, LocalDateTime at) throws SQLException {
        record(memberId, "GIVEN", at);
    }

    /** The member withdrew the consent on the consents page at {@code at}. */
    public void withdrawn(long memberId, LocalDateTime at) throws SQLException {
        record(memberId, "WITHDRAWN", at);
    }

    /** Under the first version of the policy (2019-08-01), in force at every time these tests choose. */
    private void record(long memberId, String action, LocalDateTime at) throws SQLException {
        long firstVersion = store.query(
                        "SELECT ID FROM POLICY_VERSION WHERE EFFECTIVE_ON = DATE('2019-08-01')",
                        row -> row.getLong("ID"))
                .getFirst();
        store.update(
                "INSERT INTO CONSENT_RECORD"
                        + " (MEMBER_ID, PURPOSE, POLICY_VERSION, POLICY_VERSION_ID, ACTION, OCCURRED_AT, CLIENT_IP, METHOD)"
                        + " VALUES (?, 'MARKETING_EMAIL', '2019-08-01', ?, ?, ?, '127.0.0.1', 'CONSENT_PAGE')",
                memberId,
                firstVersion,
                action,
                Timestamp.valueOf(at));
    }
}
