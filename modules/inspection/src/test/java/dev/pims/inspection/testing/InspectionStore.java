package dev.pims.inspection.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What the operational store keeps of the monthly inspections: reports, their counts by actor, and flags. */
public final class InspectionStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public InspectionStore(StoreConnection operational) {
        this.store = operational;
    }

    /** A report: who made it, and who signed it off, when and with which note (null before the sign-off). */
    public record Report(String createdBy, String signedOffBy, LocalDateTime signedOffAt, String signOffNote) {}

    /** How many access records an actor left in the month, for one task. */
    public record ActorCount(String task, long records) {}

    /** A flag as raised (kind, actor, day, what was observed, the record or detail behind it) and as reviewed. */
    public record Flag(
            String kind,
            String actorId,
            LocalDate day,
            long observed,
            String detail,
            Long recordId,
            String reviewedBy,
            String reviewNote,
            LocalDateTime reviewedAt) {}

    /** How many reports there are of a month ({@code yyyy-MM}): one once it is inspected. */
    public long reportCount(String period) throws SQLException {
        return store.count("SELECT COUNT(*) FROM INSPECTION_REPORT WHERE PERIOD = ?", period);
    }

    /** The report of a month ({@code yyyy-MM}), empty before the month is inspected. */
    public Optional<Report> reportOf(String period) throws SQLException {
        return store
                .query(
                        "SELECT CREATED_BY, SIGNED_OFF_BY, SIGNED_OFF_AT, SIGN_OFF_NOTE FROM INSPECTION_REPORT "
                                + "WHERE PERIOD = ?",
                        row -> new Report(
                                row.getString("CREATED_BY"),
                                row.getString("SIGNED_OFF_BY"),
                                StoreConnection.localDateTime(row, "SIGNED_OFF_AT"),
                                row.getString("SIGN_OFF_NOTE")),
                        period)
                .stream()
                .findFirst();
    }

    /** The records the report of a month counted for an actor, by task in alphabetical order. */
    public List<ActorCount> countsOf(String period, String actorId) throws SQLException {
        return store.query(
                "SELECT c.TASK, c.RECORDS FROM INSPECTION_ACTOR_COUNT c JOIN INSPECTION_REPORT r "
                        + "ON r.ID = c.REPORT_ID WHERE r.PERIOD = ? AND c.ACTOR_ID = ? ORDER BY c.TASK",
                row -> new ActorCount(row.getString("TASK"), row.getLong("RECORDS")),
                period,
                actorId);
    }

    /** The flags of the report of a month, in the order they were raised. */
    public List<Flag> flagsOf(String period) throws SQLException {
        return store.query(
                "SELECT f.KIND, f.ACTOR_ID, f.DAY, f.OBSERVED, f.DETAIL, f.RECORD_ID, f.REVIEWED_BY, "
                        + "f.REVIEW_NOTE, f.REVIEWED_AT FROM INSPECTION_FLAG f JOIN INSPECTION_REPORT r ON r.ID = f.REPORT_ID "
                        + "WHERE r.PERIOD = ? ORDER BY f.ID",
                row -> {
                    long recordId = row.getLong("RECORD_ID");
                    Long record = row.wasNull() ? null : recordId;
                    return new Flag(
                            row.getString("KIND"),
                            row.getString("ACTOR_ID"),
                            row.getDate("DAY").toLocalDate(),
                            row.getLong("OBSERVED"),
                            row.getString("DETAIL"),
                            record,
                            row.getString("REVIEWED_BY"),
                            row.getString("REVIEW_NOTE"),
                            StoreConnection.localDateTime(row, "REVIEWED_AT"));
                },
                period);
    }
}
