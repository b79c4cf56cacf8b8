package dev.pims.audit.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the access log's hash chain holds, for tests: the links that seal the records (their positions, the first
 * subject each keeps), the subject rows of a record's further subjects, and the checkpoints retention leaves.
 */
public final class AccessChainStore {

    private final StoreConnection store;

    /** @param operational the operational store, which holds the access log */
    public AccessChainStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The position of a record's link in the chain; fails for a record no link seals. */
    public long positionOf(long recordId) throws SQLException {
        List<Long> positions = store.query(
                "SELECT POSITION FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = ?", row -> row.getLong("POSITION"), recordId);
        if (positions.isEmpty()) {
            throw new NoSuchElementException("No link seals the access record " + recordId);
        }
        return positions.get(0);
    }

    /** The data subject a record's link keeps (its first, the lowest id), or null; fails for a record no link seals. */
    public Long linkedSubjectOf(long recordId) throws SQLException {
        List<Long> subjects = store.query(
                "SELECT SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = ?",
                row -> {
                    long subject = row.getLong("SUBJECT_ID");
                    return row.wasNull() ? null : subject;
                },
                recordId);
        if (subjects.isEmpty()) {
            throw new NoSuchElementException("No link seals the access record " + recordId);
        }
        return subjects.get(0);
    }

    /** A record's subject rows: its further data subjects, each but the first, which its link keeps. */
    public List<Long> subjectRowsOf(long recordId) throws SQLException {
        return store.query(
                "SELECT SUBJECT_ID FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = ? ORDER BY SUBJECT_ID",
                row -> row.getLong("SUBJECT_ID"),
                recordId);
    }

    /** The ids of the sealed records naming a data subject, latest position first. */
    public List<Long> sealedRecordsNaming(long subjectId) throws SQLException {
        return store.query(
                "SELECT s.RECORD_ID FROM ACCESS_RECORD_SUBJECTS s JOIN ACCESS_CHAIN_LINK l "
                        + "ON l.RECORD_ID = s.RECORD_ID WHERE s.SUBJECT_ID = ? ORDER BY l.POSITION DESC",
                row -> row.getLong("RECORD_ID"),
                subjectId);
    }

    /** How many sealed records this actor left with this operation (e.g. {@code system}, {@code Auditing.started}). */
    public long sealedRecordCount(String actorId, String operation) throws SQLException {
        return store.count(
                "SELECT COUNT(*) FROM ACCESS_RECORD r JOIN ACCESS_CHAIN_LINK l ON l.RECORD_ID = r.ID "
                        + "WHERE r.OPERATION = ? AND r.ACTOR_ID = ?",
                operation,
                actorId);
    }

    public long checkpointCount() throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_CHAIN_CHECKPOINT");
    }

    /** The position of the latest checkpoint, 0 before the first. */
    public long latestCheckpoint() throws SQLException {
        return store.query("SELECT COALESCE(MAX(POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT", row -> row.getLong(1))
                .get(0);
    }

    /** How many links are left at or before this position. */
    public long linksUpTo(long position) throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE POSITION <= ?", position);
    }

    /** How many subject rows outlived their record. */
    public long subjectRowsWithoutTheirRecord() throws SQLException {
        return store.count("SELECT COUNT(*) FROM ACCESS_RECORD_SUBJECT s WHERE NOT EXISTS "
                + "(SELECT 1 FROM ACCESS_RECORD r WHERE r.ID = s.RECORD_ID)");
    }
}
