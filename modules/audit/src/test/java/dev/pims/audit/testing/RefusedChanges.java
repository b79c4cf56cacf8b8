package dev.pims.audit.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;

/**
 * Changes to the access log that the database itself refuses: the records, their subject rows, the chain's links,
 * checkpoints and verifications are append-only, and the floor under retention never goes below the legal minimum.
 * Each method only issues its statement, as anybody with the schema's rights could; the test asserts the refusal,
 * an {@link SQLException} naming {@code ACCESS_RECORD_IS_APPEND_ONLY} or {@code ACCESS_RETENTION_FLOOR_LEGAL}.
 */
public final class RefusedChanges {

    private final StoreConnection store;

    /** @param operational the operational store, which holds the access log */
    public RefusedChanges(StoreConnection operational) {
        this.store = operational;
    }

    public void updateOutcomeOf(long recordId, String outcome) throws SQLException {
        store.update("UPDATE ACCESS_RECORD SET OUTCOME = ? WHERE ID = ?", outcome, recordId);
    }

    public void updateClientIpOf(long recordId, String clientIp) throws SQLException {
        store.update("UPDATE ACCESS_RECORD SET CLIENT_IP = ? WHERE ID = ?", clientIp, recordId);
    }

    /** Rewrites the record's own list of its subjects ({@code SUBJECT_IDS}, e.g. {@code "1"}). */
    public void updateSubjectListOf(long recordId, String subjectIds) throws SQLException {
        store.update("UPDATE ACCESS_RECORD SET SUBJECT_IDS = ? WHERE ID = ?", subjectIds, recordId);
    }

    /** Deletes every record of an operation. */
    public void deleteRecordsOf(String operation) throws SQLException {
        store.update("DELETE FROM ACCESS_RECORD WHERE OPERATION = ?", operation);
    }

    public void deleteSubjectRowsOf(long recordId) throws SQLException {
        store.update("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = ?", recordId);
    }

    public void updateChainHashOf(long recordId, String hash) throws SQLException {
        store.update("UPDATE ACCESS_CHAIN_LINK SET CHAIN_HASH = ? WHERE RECORD_ID = ?", hash, recordId);
    }

    /** Moves a record's link further along the chain. */
    public void shiftPositionOf(long recordId, long by) throws SQLException {
        store.update("UPDATE ACCESS_CHAIN_LINK SET POSITION = POSITION + " + by + " WHERE RECORD_ID = ?", recordId);
    }

    /** Makes a record's link keep another subject. */
    public void updateLinkedSubjectOf(long recordId, long subjectId) throws SQLException {
        store.update("UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = ? WHERE RECORD_ID = ?", subjectId, recordId);
    }

    /** Makes every link that keeps this subject keep another. */
    public void updateLinksNaming(long subjectId, long otherSubjectId) throws SQLException {
        store.update("UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = ? WHERE SUBJECT_ID = ?", otherSubjectId, subjectId);
    }

    public void deleteLinkOf(long recordId) throws SQLException {
        store.update("DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = ?", recordId);
    }

    /** A checkpoint that names no link: at position 1, with a hash of 64 {@code f}s. */
    public void forgeCheckpoint() throws SQLException {
        store.update("INSERT INTO ACCESS_CHAIN_CHECKPOINT VALUES (1, '" + "f".repeat(64) + "', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, 1, CURRENT_TIMESTAMP)");
    }

    /** Gives every verification of the chain this outcome. */
    public void updateVerificationOutcomes(String outcome) throws SQLException {
        store.update("UPDATE ACCESS_CHAIN_VERIFICATION SET OUTCOME = ?", outcome);
    }

    public void deleteVerifications() throws SQLException {
        store.update("DELETE FROM ACCESS_CHAIN_VERIFICATION");
    }

    /** Sets the database's own floor under retention, in days (the law asks for at least 731). */
    public void setRetentionFloor(int days) throws SQLException {
        store.update("UPDATE ACCESS_RETENTION_FLOOR SET DAYS = ?", days);
    }
}
