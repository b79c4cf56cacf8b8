package dev.pims.inquiry.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Inquiry cases and their replies as the store holds them, for tests. */
public final class InquiryStore {

    /** The retention rule of closed cases, as the destruction ledger names it. */
    public static final String RULE = "inquiry.closed-cases";

    /** One case as a test sees it. */
    public record StoredCase(
            long id,
            Long memberId,
            String subject,
            String replyTo,
            String language,
            String state,
            String assignedTo,
            LocalDateTime closedAt) {}

    /** One reply as a test sees it. */
    public record StoredReply(String sentBy, String text, long mailId) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public InquiryStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The cases with this subject (tests make subjects unique), oldest first. */
    public List<StoredCase> casesWithSubject(String subject) throws SQLException {
        return store.query(
                "SELECT ID, MEMBER_ID, SUBJECT, REPLY_TO, LANGUAGE, STATE, ASSIGNED_TO, CLOSED_AT FROM INQUIRY_CASE"
                        + " WHERE SUBJECT = ? ORDER BY ID",
                row -> {
                    long memberColumn = row.getLong("MEMBER_ID");
                    Long member = row.wasNull() ? null : memberColumn;
                    return new StoredCase(
                            row.getLong("ID"),
                            member,
                            row.getString("SUBJECT"),
                            row.getString("REPLY_TO"),
                            row.getString("LANGUAGE"),
                            row.getString("STATE"),
                            row.getString("ASSIGNED_TO"),
                            StoreConnection.localDateTime(row, "CLOSED_AT"));
                },
                subject);
    }

    /** The one case with this subject, if it is there. */
    public Optional<StoredCase> caseWithSubject(String subject) throws SQLException {
        List<StoredCase> cases = casesWithSubject(subject);
        if (cases.size() > 1) {
            throw new IllegalStateException(cases.size() + " cases with the subject " + subject);
        }
        return cases.stream().findFirst();
    }

    /** The replies to the case, oldest first. */
    public List<StoredReply> repliesTo(long caseId) throws SQLException {
        return store.query(
                "SELECT SENT_BY, TEXT, MAIL_ID FROM INQUIRY_CASE_REPLY WHERE CASE_ID = ? ORDER BY SENT_AT, ID",
                row -> new StoredReply(row.getString("SENT_BY"), row.getString("TEXT"), row.getLong("MAIL_ID")),
                caseId);
    }

    /** How many replies the store holds for the case: none once it is destroyed. */
    public long replyCountOf(long caseId) throws SQLException {
        return store.count("SELECT COUNT(*) FROM INQUIRY_CASE_REPLY WHERE CASE_ID = ?", caseId);
    }

    /**
     * Moves a closed case's closing into the past, as if it had been closed then, so that the retention rule finds it
     * due without the server's clock moving years ahead.
     *
     * @return whether the case was there and closed
     */
    public boolean closedAt(long caseId, LocalDateTime closedAt) throws SQLException {
        return store.update(
                        "UPDATE INQUIRY_CASE SET CLOSED_AT = ? WHERE ID = ? AND STATE = 'CLOSED'",
                        Timestamp.valueOf(closedAt),
                        caseId)
                == 1;
    }
}
