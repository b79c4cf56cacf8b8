package dev.pims.partners.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Partners and provision records as the store holds them, for tests. */
public final class ProvisionStore {

    /** The retention rule of provision records, as the destruction ledger names it. */
    public static final String RULE = "partners.provision-records";

    /** One provision record as a test sees it. */
    public record StoredProvision(
            long memberId, String kind, Long partnerId, String recipient, String items, String documentReference) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public ProvisionStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The id of the partner of that name (tests make names unique), if registered. */
    public Optional<Long> partnerNamed(String name) throws SQLException {
        return store.query("SELECT ID FROM PARTNER_REGISTRY WHERE NAME = ?", row -> row.getLong("ID"), name).stream()
                .findFirst();
    }

    /** The member's provision records, oldest first. */
    public List<StoredProvision> provisionsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT MEMBER_ID, KIND, PARTNER_ID, RECIPIENT, ITEMS, DOCUMENT_REFERENCE FROM PROVISION_RECORD"
                        + " WHERE MEMBER_ID = ? ORDER BY PROVIDED_AT, ID",
                row -> {
                    long partner = row.getLong("PARTNER_ID");
                    Long partnerId = row.wasNull() ? null : partner;
                    return new StoredProvision(
                            row.getLong("MEMBER_ID"),
                            row.getString("KIND"),
                            partnerId,
                            row.getString("RECIPIENT"),
                            row.getString("ITEMS"),
                            row.getString("DOCUMENT_REFERENCE"));
                },
                memberId);
    }
}
