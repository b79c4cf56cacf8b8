package dev.pims.marketing.testing;

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
import java.util.ResourceBundle;

/** The records of marketing mails (policy §1D), for tests. */
public final class MarketingStore {

    /** One reconfirmation notice as a test sees it. */
    public record Reconfirmation(
            long memberId,
            LocalDateTime consentGivenAt,
            LocalDateTime cycleFrom,
            LocalDateTime noticedAt,
            String addressHash,
            long mailId,
            String outcome) {}

    /** One newsletter written to one member, as a test sees it. */
    public record Send(
            long newsletterId, long memberId, LocalDateTime consentGivenAt, String addressHash, long mailId) {}

    private final StoreConnection store;

    /** @param operational the operational store */
    public MarketingStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The member's reconfirmation notices, oldest first. */
    public List<Reconfirmation> reconfirmationsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT MEMBER_ID, CONSENT_GIVEN_AT, CYCLE_FROM, NOTICED_AT, ADDRESS_HASH, MAIL_ID, OUTCOME"
                        + " FROM MARKETING_RECONFIRMATION_RECORD WHERE MEMBER_ID = ? ORDER BY ID",
                row -> new Reconfirmation(
                        row.getLong("MEMBER_ID"),
                        StoreConnection.localDateTime(row, "CONSENT_GIVEN_AT"),
                        StoreConnection.localDateTime(row, "CYCLE_FROM"),
                        StoreConnection.localDateTime(row, "NOTICED_AT"),
                        row.getString("ADDRESS_HASH"),
                        row.getLong("MAIL_ID"),
                        row.getString("OUTCOME")),
                memberId);
    }

    /**
     * A notice as the job leaves it (no mail of its own: mail id 0), for a test that needs a notice two years old
     * without waiting two years.
     */
    public void insertReconfirmation(long memberId, LocalDateTime consentGivenAt, LocalDateTime noticedAt, String email)
            throws SQLException {
        store.update(
                "INSERT INTO MARKETING_RECONFIRMATION_RECORD (MEMBER_ID, CONSENT_GIVEN_AT, CYCLE_FROM, NOTICED_AT,"
                        + " ADDRESS_HASH, MAIL_ID, OUTCOME) VALUES (?, ?, ?, ?, ?, 0, 'QUEUED')",
                memberId,
                Timestamp.valueOf(consentGivenAt),
                Timestamp.valueOf(consentGivenAt),
                Timestamp.valueOf(noticedAt),
                addressHashOf(email));
    }

    /** The members newsletter {@code newsletterId} was written to, by member id. */
    public List<Send> sendsOf(long newsletterId) throws SQLException {
        return store.query(
                "SELECT NEWSLETTER_ID, MEMBER_ID, CONSENT_GIVEN_AT, ADDRESS_HASH, MAIL_ID FROM NEWSLETTER_SEND_RECORD"
                        + " WHERE NEWSLETTER_ID = ? ORDER BY MEMBER_ID",
                row -> new Send(
                        row.getLong("NEWSLETTER_ID"),
                        row.getLong("MEMBER_ID"),
                        StoreConnection.localDateTime(row, "CONSENT_GIVEN_AT"),
                        row.getString("ADDRESS_HASH"),
                        row.getLong("MAIL_ID")),
                newsletterId);
    }

    /** The id of the newest newsletter with this Korean or English subject. */
    public long newsletterIdBySubject(String subject) throws SQLException {
        return store.query(
                        "SELECT MAX(ID) FROM MARKETING_NEWSLETTER WHERE SUBJECT_KO = ? OR SUBJECT_EN = ?",
                        row -> row.getLong(1),
                        subject,
                        subject)
                .getFirst();
    }

    /**
     * A newsletter written now, in the state DRAFT or SENDING (asked to be sent now), as the privacy officer leaves it on
     * the newsletters page; returns its id.
     */
    public long insertNewsletter(String subject, String state) throws SQLException {
        boolean requested = state.equals("SENDING");
        store.update(
                "INSERT INTO MARKETING_NEWSLETTER (SUBJECT_KO, SUBJECT_EN, BODY_KO, BODY_EN, STATE, WRITTEN_AT,"
                        + " WRITTEN_BY, REQUESTED_AT, REQUESTED_BY) VALUES (?, ?, '소식입니다.', 'News.', ?,"
                        + " CURRENT_TIMESTAMP, 'test', ?, ?)",
                subject,
                subject,
                state,
                requested ? Timestamp.valueOf(LocalDateTime.now()) : null,
                requested ? "test" : null);
        return newsletterIdBySubject(subject);
    }

    /** The outbox ids of the mails of every reconfirmation notice written after the mark (an outbox id), in order. */
    public List<Long> reconfirmationMailIdsAfter(long mark) throws SQLException {
        return store.query(
                "SELECT MAIL_ID FROM MARKETING_RECONFIRMATION_RECORD WHERE MAIL_ID > ? ORDER BY MAIL_ID",
                row -> row.getLong("MAIL_ID"),
                mark);
    }

    /** The outbox ids of the mails of every newsletter send record written after the mark (an outbox id), in order. */
    public List<Long> newsletterMailIdsAfter(long mark) throws SQLException {
        return store.query(
                "SELECT MAIL_ID FROM NEWSLETTER_SEND_RECORD WHERE MAIL_ID > ? ORDER BY MAIL_ID",
                row -> row.getLong("MAIL_ID"),
                mark);
    }

    /** A newsletter's state: DRAFT, SENDING or SENT. */
    public String stateOf(long newsletterId) throws SQLException {
        return store.query("SELECT STATE FROM MARKETING_NEWSLETTER WHERE ID = ?", row -> row.getString(1), newsletterId)
                .getFirst();
    }

    /** The hash a record keeps of an address, computed here on its own: SHA-256 of it trimmed, lower case. */
    public static String addressHashOf(String email) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A text of the marketing mails in a language, e.g. {@code reconfirmation.subject}. */
    public static String mailText(String key, Locale locale) {
        return ResourceBundle.getBundle(
                        "dev.pims.marketing.mail",
                        locale,
                        MarketingStore.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
