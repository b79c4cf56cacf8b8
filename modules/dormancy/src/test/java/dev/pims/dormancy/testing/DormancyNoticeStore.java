package dev.pims.dormancy.testing;

import dev.pims.store.testing.StoreConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The records of dormancy notices, for tests. */
public final class DormancyNoticeStore {

    /** One notice as a test sees it. */
    public record Notice(
            long memberId,
            LocalDateTime idleSince,
            LocalDateTime dormantFrom,
            LocalDateTime noticedAt,
            String addressHash,
            long mailId,
            String outcome) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public DormancyNoticeStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The member's notices, oldest first. */
    public List<Notice> noticesOf(long memberId) throws SQLException {
        return store.query(
                "SELECT MEMBER_ID, IDLE_SINCE, DORMANT_FROM, NOTICED_AT, ADDRESS_HASH, MAIL_ID, OUTCOME"
                        + " FROM DORMANCY_NOTICE_RECORD WHERE MEMBER_ID = ? ORDER BY ID",
                row -> new Notice(
                        row.getLong("MEMBER_ID"),
                        StoreConnection.localDateTime(row, "IDLE_SINCE"),
                        StoreConnection.localDateTime(row, "DORMANT_FROM"),
                        StoreConnection.localDateTime(row, "NOTICED_AT"),
                        row.getString("ADDRESS_HASH"),
                        row.getLong("MAIL_ID"),
                        row.getString("OUTCOME")),
                memberId);
    }

    /**
     * A notice as the notice job leaves it (QUEUED, no mail of its own: mail id 0), for a test that needs a notice whose
     * date has come without waiting 30 days.
     */
    public void insertNotice(long memberId, LocalDateTime idleSince, LocalDateTime dormantFrom, String email)
            throws SQLException {
        store.update(
                "INSERT INTO DORMANCY_NOTICE_RECORD (MEMBER_ID, IDLE_SINCE, DORMANT_FROM, NOTICED_AT, ADDRESS_HASH,"
                        + " MAIL_ID, OUTCOME) VALUES (?, ?, ?, ?, ?, 0, 'QUEUED')",
                memberId,
                Timestamp.valueOf(idleSince),
                Timestamp.valueOf(dormantFrom),
                Timestamp.valueOf(dormantFrom.minusDays(30)),
                addressHashOf(email));
    }

    /** Every column of the member's notice records as stored, for a test that looks for what must not be there. */
    public List<Map<String, Object>> rawNoticesOf(long memberId) throws SQLException {
        return store.rows("SELECT * FROM DORMANCY_NOTICE_RECORD WHERE MEMBER_ID = ? ORDER BY ID", memberId);
    }

    /** The hash a notice record keeps of an address, computed here on its own: SHA-256 of it trimmed, lower case. */
    public static String addressHashOf(String email) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A text of the notice in a language, e.g. {@code notice.subject}, before its values are put in. */
    public static String noticeText(String key, Locale locale) {
        return ResourceBundle.getBundle(
                        "dev.pims.dormancy.notice",
                        locale,
                        DormancyNoticeStore.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
