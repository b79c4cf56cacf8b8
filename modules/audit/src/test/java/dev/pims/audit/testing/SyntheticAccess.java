package dev.pims.audit.testing;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.records.AccessRecord;
import dev.pims.store.StoreVendor;
import dev.pims.store.testing.StoreConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes access records straight into the store, dated as a test needs them (inserting is all the append-only tables
 * allow). Record ids come from ACCESS_RECORD_SEQ in blocks of 50, the way PIMS takes them, so that PIMS's own records
 * never collide with these; each record is sealed as PIMS's own sealer seals it (the head locked, the next position,
 * the hash of {@link AccessChainHashing}, its link), so that the chain still verifies after a test wrote here.
 */
public final class SyntheticAccess {

    private static final int BLOCK = 50;

    private final StoreConnection store;
    private long next;
    private long blockEnd = -1;

    /** @param operational the operational store, which holds the access log */
    public SyntheticAccess(StoreConnection operational) {
        this.store = operational;
    }

    /** Inserts one access record and its subjects, at the end of the chain; returns its id. */
    public long record(
            LocalDateTime occurredAtUtc,
            String actorId,
            String role,
            String task,
            String categories,
            String outcome,
            String reason,
            List<Long> subjects)
            throws SQLException {
        String clientIp = "10.0.0.7";
        String operation = "SyntheticAccess.record";
        try (Connection connection = store.open()) {
            long id = nextId(connection);
            connection.setAutoCommit(false);
            try {
                long position;
                String previous;
                try (PreparedStatement head = connection.prepareStatement("SELECT LAST_POSITION, LAST_HASH FROM "
                                + "ACCESS_CHAIN_HEAD WHERE ID = 1"
                                + StoreVendor.of(connection).forUpdateOf("LAST_POSITION"));
                        ResultSet end = head.executeQuery()) {
                    end.next();
                    position = end.getLong(1) + 1;
                    previous = end.getString(2);
                }
                long[] sorted = AccessChainHashing.sorted(subjects);
                String hash = AccessChainHashing.hash(
                        previous,
                        new AccessChainHashing.Fields(
                                id,
                                position,
                                occurredAtUtc,
                                actorId,
                                role,
                                clientIp,
                                task,
                                categories,
                                operation,
                                outcome,
                                reason,
                                null,
                                sorted));
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ACCESS_RECORD (ID, "
                        + "OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME, REASON, "
                        + "SUBJECT_IDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setTimestamp(2, Timestamp.valueOf(occurredAtUtc));
                    insert.setString(3, actorId);
                    insert.setString(4, role);
                    insert.setString(5, clientIp);
                    insert.setString(6, task);
                    insert.setString(7, categories);
                    insert.setString(8, operation);
                    insert.setString(9, outcome);
                    insert.setString(10, reason);
                    insert.setString(11, AccessRecord.subjectList(sorted));
                    insert.executeUpdate();
                }
                try (PreparedStatement link = connection.prepareStatement("INSERT INTO ACCESS_CHAIN_LINK (POSITION, "
                        + "RECORD_ID, OCCURRED_AT, CHAIN_HASH, SEALED_AT, SUBJECT_ID) VALUES (?, ?, ?, ?, "
                        + "CURRENT_TIMESTAMP, ?)")) {
                    link.setLong(1, position);
                    link.setLong(2, id);
                    link.setTimestamp(3, Timestamp.valueOf(occurredAtUtc));
                    link.setString(4, hash);
                    link.setObject(5, sorted.length == 0 ? null : sorted[0], Types.BIGINT);
                    link.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)")) {
                    for (int further = 1; further < sorted.length; further++) {
                        insert.setLong(1, id);
                        insert.setLong(2, sorted[further]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement head = connection.prepareStatement(
                        "UPDATE ACCESS_CHAIN_HEAD SET LAST_POSITION = ?, LAST_HASH = ? WHERE ID = 1")) {
                    head.setLong(1, position);
                    head.setString(2, hash);
                    head.executeUpdate();
                }
                connection.commit();
            } catch (SQLException failure) {
                connection.rollback();
                throw failure;
            }
            return id;
        }
    }

    private long nextId(Connection connection) throws SQLException {
        if (next > blockEnd) {
            try (PreparedStatement sequence = connection.prepareStatement(
                            StoreVendor.of(connection).nextValueOf("ACCESS_RECORD_SEQ"));
                    ResultSet value = sequence.executeQuery()) {
                value.next();
                blockEnd = value.getLong(1);
                next = blockEnd - BLOCK + 1;
            }
        }
        return next++;
    }
}
