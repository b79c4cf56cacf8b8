package dev.pims.membership.testing;

import dev.pims.membership.domain.SeparatedStore;
import dev.pims.membership.internal.JpaSeparatedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The separated store's statements on a store given by its data source, with no server: the data a PIMS older than
 * the key ring kept in clear, found and replaced by the module's own repository as the start's sealing does, and the
 * retention of withdrawn members' data by its rule's SQL. For the tests that prove this SQL on a database product other
 * than the test server's.
 */
public final class SeparatedDataOnAStore {

    private final DataSource store;
    private final SeparatedStore repository;

    /** @param separated the separated store, its schema migrated */
    public SeparatedDataOnAStore(DataSource separated) {
        this.store = separated;
        this.repository = new JpaSeparatedStore(separated);
    }

    /** Keeps a withdrawn member's data in clear (JSON), as a PIMS older than the key ring kept it. */
    public void keepInClear(long memberId, String json, LocalDateTime separatedAt) throws SQLException {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO SEPARATED_MEMBER (MEMBER_ID,"
                        + " SEPARATED_AT, DESTROY_AFTER, REASON, PERSONAL_DATA) VALUES (?, ?, ?, 'WITHDRAWN', ?)")) {
            insert.setLong(1, memberId);
            insert.setTimestamp(2, Timestamp.valueOf(separatedAt));
            insert.setTimestamp(3, Timestamp.valueOf(separatedAt.plusYears(1)));
            insert.setString(4, json);
            insert.executeUpdate();
        }
    }

    /** The data kept in clear, by member id, as the repository finds it. */
    public Map<Long, String> dataInClear(int max) {
        return repository.dataInClear(max);
    }

    /** Replaces a member's data kept in clear, as the sealing does. */
    public void replaceDataInClear(long memberId, String sealed) {
        repository.replaceDataInClear(memberId, sealed);
    }

    /** How many withdrawn members' data the retention rule holds due before the threshold. */
    public long countSeparatedBefore(LocalDateTime threshold) {
        return repository.countSeparatedBefore(threshold);
    }

    /** Destroys at most {@code max} members' data due before the threshold, as the retention rule does; how many. */
    public long destroySeparatedBefore(LocalDateTime threshold, int max) {
        return repository.destroySeparatedBefore(threshold, max).count();
    }
}
