package dev.pims.payments.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** The payment methods and payment records the operational store keeps of a member (policy §2A(3)), for tests. */
public final class PaymentStore {

    /** What the store holds of one method: its masked label in clear and its numbers as sealed. */
    public record StoredMethod(long id, String kind, String label, String sealedNumber, String sealedApproval) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public PaymentStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The member's methods, oldest first. */
    public List<StoredMethod> methodsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT ID, KIND, MASKED_LABEL, SEALED_NUMBER, SEALED_APPROVAL FROM PAYMENT_METHOD"
                        + " WHERE MEMBER_ID = ? ORDER BY ADDED_AT, ID",
                row -> new StoredMethod(
                        row.getLong("ID"),
                        row.getString("KIND"),
                        row.getString("MASKED_LABEL"),
                        row.getString("SEALED_NUMBER"),
                        row.getString("SEALED_APPROVAL")),
                memberId);
    }

    /** Records a card payment of the member at a past time, as the main service's report would have. */
    public void paidAsOf(long memberId, LocalDateTime paidAt, String item) throws SQLException {
        store.update(
                "INSERT INTO PAYMENT_RECORD (MEMBER_ID, PAID_AT, AMOUNT, ITEM, METHOD_KIND, METHOD_LABEL)"
                        + " VALUES (?, ?, 9900, ?, 'CARD', ?)",
                memberId,
                Timestamp.valueOf(paidAt),
                item,
                "\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022-4242");
    }

    /** The items of the member's payment records, oldest first. */
    public List<String> itemsPaidBy(long memberId) throws SQLException {
        return store.query(
                "SELECT ITEM FROM PAYMENT_RECORD WHERE MEMBER_ID = ? ORDER BY PAID_AT, ID",
                row -> row.getString("ITEM"),
                memberId);
    }
}
