package dev.pims.audit.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the access log holds, for tests: the records, their data subjects as the auditors' index has them, and the
 * verifications of the chain. The subject index is written when a record is sealed, right after its transaction
 * committed, so the reads by subject wait for the sealer first.
 */
public final class AuditStore {

    private static final Duration SEALING_PATIENCE = Duration.ofSeconds(20);
    private static final String COLUMNS = "r.ID, r.OCCURRED_AT, r.ACTOR_ID, r.ACTOR_ROLE, r.CLIENT_IP, r.TASK, "
            + "r.CATEGORIES, r.OPERATION, r.OUTCOME, r.REASON, r.DETAIL";

    private final StoreConnection store;

    /** @param operational the operational store, which holds the access log */
    public AuditStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One access record as stored (its subjects apart: {@link #subjectsOf}). */
    public record Access(
            long id,
            LocalDateTime occurredAt,
            String actorId,
            String actorRole,
            String clientIp,
            String task,
            String categories,
            String operation,
            String outcome,
            String reason,
            String detail) {

        static Access of(ResultSet row) throws SQLException {
            return new Access(
                    row.getLong("ID"),
                    StoreConnection.localDateTime(row, "OCCURRED_AT"),
                    row.getString("ACTOR_ID"),
                    row.getString("ACTOR_ROLE"),
                    row.getString("CLIENT_IP"),
                    row.getString("TASK"),
                    row.getString("CATEGORIES"),
                    row.getString("OPERATION"),
                    row.getString("OUTCOME"),
                    row.getString("REASON"),
                    row.getString("DETAIL"));
        }
    }

    /** One verification of the chain: who asked, how it ended, and the last position it reached. */
    public record Verification(long id, String requestedBy, String outcome, long toPosition) {}

    /** The records of an actor (e.g. {@code staff:kim}, {@code member:1000}, {@code system}), oldest first. */
    public List<Access> recordsOf(String actorId) throws SQLException {
        return store.query(
                "SELECT " + COLUMNS + " FROM ACCESS_RECORD r WHERE r.ACTOR_ID = ? ORDER BY r.ID", Access::of, actorId);
    }

    /** The records naming a data subject, oldest first, once every record written so far is sealed. */
    public List<Access> recordsNaming(long subjectId) throws SQLException {
        awaitSealed();
        return store.query(
                "SELECT " + COLUMNS + " FROM ACCESS_RECORD r JOIN ACCESS_RECORD_SUBJECTS s "
                        + "ON s.RECORD_ID = r.ID WHERE s.SUBJECT_ID = ? ORDER BY r.ID",
                Access::of,
                subjectId);
    }

    /** The data subjects of a record, lowest id first, once every record written so far is sealed. */
    public List<Long> subjectsOf(long recordId) throws SQLException {
        awaitSealed();
        return store.query(
                "SELECT SUBJECT_ID FROM ACCESS_RECORD_SUBJECTS WHERE RECORD_ID = ? ORDER BY SUBJECT_ID",
                row -> row.getLong("SUBJECT_ID"),
                recordId);
    }

    /** How many sealed records the auditors' index finds for a data subject, without waiting for the sealer. */
    public long sealedRecordsNaming(long subjectId) throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_RECORD_SUBJECTS WHERE SUBJECT_ID = ?", subjectId);
    }

    public long recordCount() throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_RECORD");
    }

    /** How many records end with this outcome ({@code SUCCESS}, {@code DENIED}, {@code ERROR}). */
    public long recordCount(String outcome) throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_RECORD WHERE OUTCOME = ?", outcome);
    }

    /** How many records of this operation (e.g. {@code DefaultMemberSelfService.signUp}) end with this outcome. */
    public long recordCount(String operation, String outcome) throws SQLException {
        return store.count(
                "SELECT COUNT(*) FROM ACCESS_RECORD WHERE OPERATION = ? AND OUTCOME = ?", operation, outcome);
    }

    /** The id of the latest record of this operation, if there is one. */
    public OptionalLong latestRecordOf(String operation) throws SQLException {
        List<OptionalLong> latest = store.query(
                "SELECT MAX(ID) FROM ACCESS_RECORD WHERE OPERATION = ?",
                row -> {
                    long id = row.getLong(1);
                    return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
                },
                operation);
        return latest.get(0);
    }

    /** The starts and stops of auditing ({@code Auditing.started}, {@code Auditing.stopped}), oldest first. */
    public List<String> auditingEvents() throws SQLException {
        return store.query(
                "SELECT OPERATION FROM ACCESS_RECORD WHERE ACTOR_ID = 'system' "
                        + "AND OPERATION LIKE 'Auditing.%' ORDER BY ID",
                row -> row.getString("OPERATION"));
    }

    /** The verifications of the chain this actor (e.g. {@code staff:auditor}, {@code test}) asked for, oldest first. */
    public List<Verification> verificationsRequestedBy(String requestedBy) throws SQLException {
        return store.query(
                "SELECT ID, REQUESTED_BY, OUTCOME, TO_POSITION FROM ACCESS_CHAIN_VERIFICATION "
                        + "WHERE REQUESTED_BY = ? ORDER BY ID",
                row -> new Verification(
                        row.getLong("ID"),
                        row.getString("REQUESTED_BY"),
                        row.getString("OUTCOME"),
                        row.getLong("TO_POSITION")),
                requestedBy);
    }

    /**
     * Waits until every access record written so far is sealed into the chain, so that its subject rows (written
     * with its link, right after its transaction committed) are there to read.
     */
    public void awaitSealed() throws SQLException {
        awaitSealed(SEALING_PATIENCE);
    }

    /** Waits until every access record written so far is sealed into the chain, failing after the patience given. */
    public void awaitSealed(Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (unsealedRecords() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Access records still unsealed after " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the sealer", interrupted);
            }
        }
    }

    /** Records no link names, other than those of stores older than the chain. */
    private long unsealedRecords() throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_RECORD r WHERE r.ID > (SELECT LEGACY_MAX_ID FROM "
                + "ACCESS_CHAIN_HEAD) AND NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID)");
    }
}
