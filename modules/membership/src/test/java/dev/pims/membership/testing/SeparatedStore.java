package dev.pims.membership.testing;

import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/** What the separated store holds of members whose data was separated (policy §6A) or is dormant (§4C), for tests. */
public final class SeparatedStore {

    private final StoreConnection store;

    /** @param separated the separated store */
    public SeparatedStore(StoreConnection separated) {
        this.store = separated;
    }

    /**
     * A member's data kept apart: when, until when, why, and the data itself as the store keeps it (JSON sealed by the
     * key ring).
     */
    public record Separated(LocalDateTime separatedAt, LocalDateTime destroyAfter, String reason, String dataAsStored) {

        /** The data opened by the server's key ring: JSON. */
        public String personalData(KeyRingStore keys) {
            return keys.open(dataAsStored);
        }
    }

    /** What the separated store keeps of a member, empty if nothing. */
    public Optional<Separated> separatedOf(long memberId) throws SQLException {
        return store
                .query(
                        "SELECT SEPARATED_AT, DESTROY_AFTER, REASON, PERSONAL_DATA FROM SEPARATED_MEMBER "
                                + "WHERE MEMBER_ID = ?",
                        row -> new Separated(
                                StoreConnection.localDateTime(row, "SEPARATED_AT"),
                                StoreConnection.localDateTime(row, "DESTROY_AFTER"),
                                row.getString("REASON"),
                                // As text, which Derby's CLOB and PostgreSQL's TEXT both give.
                                row.getString("PERSONAL_DATA")),
                        memberId)
                .stream()
                .findFirst();
    }

    /** A dormant member's data kept apart (policy §4C): since when, and the data as the store keeps it. */
    public record Dormant(LocalDateTime dormantSince, String dataAsStored) {

        /** The data opened by the server's key ring: JSON of every category, the address included. */
        public String personalData(KeyRingStore keys) {
            return keys.open(dataAsStored);
        }
    }

    /** What the separated store's dormant area keeps of a member, empty if nothing. */
    public Optional<Dormant> dormantOf(long memberId) throws SQLException {
        return store
                .query(
                        "SELECT DORMANT_SINCE, PERSONAL_DATA FROM DORMANT_MEMBER WHERE MEMBER_ID = ?",
                        row -> new Dormant(
                                StoreConnection.localDateTime(row, "DORMANT_SINCE"), row.getString("PERSONAL_DATA")),
                        memberId)
                .stream()
                .findFirst();
    }

    /**
     * Moves a withdrawn member's separation back to this time, so that the retention rule of the separated store holds it
     * due as if the member had withdrawn then.
     */
    public void backdateSeparation(long memberId, LocalDateTime separatedAt) throws SQLException {
        store.update(
                "UPDATE SEPARATED_MEMBER SET SEPARATED_AT = ?, DESTROY_AFTER = ? WHERE MEMBER_ID = ?",
                Timestamp.valueOf(separatedAt),
                Timestamp.valueOf(separatedAt.plusYears(1)),
                memberId);
    }
}
