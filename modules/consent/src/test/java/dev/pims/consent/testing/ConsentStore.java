package dev.pims.consent.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The consent records the operational store keeps of a member (policy §2B), for tests. */
public final class ConsentStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public ConsentStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One consent given or withdrawn: for what, which way, under which policy, from where, and how. */
    public record Consent(String purpose, String action, String policyVersion, String clientIp, String method) {}

    /** An agreement to keep the account active (policy §4C): how it was made, and until when it holds. */
    public record Agreement(String method, LocalDateTime agreedUntil) {}

    /** The member's agreements to keep the account active, oldest first. */
    public List<Agreement> agreementsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT METHOD, AGREED_UNTIL FROM CONSENT_RECORD WHERE MEMBER_ID = ? AND PURPOSE = 'KEEP_ACCOUNT_ACTIVE' "
                        + "AND ACTION = 'GIVEN' ORDER BY ID",
                row -> new Agreement(row.getString("METHOD"), StoreConnection.localDateTime(row, "AGREED_UNTIL")),
                memberId);
    }

    /** Every consent record of a member, oldest first. */
    public List<Consent> recordsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT PURPOSE, ACTION, POLICY_VERSION, CLIENT_IP, METHOD FROM CONSENT_RECORD "
                        + "WHERE MEMBER_ID = ? ORDER BY ID",
                row -> new Consent(
                        row.getString("PURPOSE"),
                        row.getString("ACTION"),
                        row.getString("POLICY_VERSION"),
                        row.getString("CLIENT_IP"),
                        row.getString("METHOD")),
                memberId);
    }

    /** A record of an answer of a child's legal representative (policy §9): which way, how, by whom, and named how. */
    public record RepresentativeAnswer(
            String purpose, String action, String method, String givenBy, String representative) {}

    /** The consent records of a member that their legal representative answered, oldest first. */
    public List<RepresentativeAnswer> representativeAnswersOf(long memberId) throws SQLException {
        return store.query(
                "SELECT PURPOSE, ACTION, METHOD, GIVEN_BY, REPRESENTATIVE FROM CONSENT_RECORD "
                        + "WHERE MEMBER_ID = ? AND GIVEN_BY = 'LEGAL_REPRESENTATIVE' ORDER BY ID",
                row -> new RepresentativeAnswer(
                        row.getString("PURPOSE"),
                        row.getString("ACTION"),
                        row.getString("METHOD"),
                        row.getString("GIVEN_BY"),
                        row.getString("REPRESENTATIVE")),
                memberId);
    }

    /** A consent to, or a withdrawal from, the provision to one partner (policy §3A): which partner, which way, how. */
    public record PartnerConsent(long partnerId, String action, String method) {}

    /** The member's records of consents to partners, oldest first. */
    public List<PartnerConsent> partnerConsentsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT PARTNER_ID, ACTION, METHOD FROM CONSENT_RECORD "
                        + "WHERE MEMBER_ID = ? AND PURPOSE = 'THIRD_PARTY_PROVISION' ORDER BY ID",
                row -> new PartnerConsent(row.getLong("PARTNER_ID"), row.getString("ACTION"), row.getString("METHOD")),
                memberId);
    }
    /** The policy version each consent record of a member points at (its id), oldest record first. */
    public List<Long> policyVersionIdsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT POLICY_VERSION_ID FROM CONSENT_RECORD WHERE MEMBER_ID = ? ORDER BY ID",
                row -> row.getLong("POLICY_VERSION_ID"),
                memberId);
    }

    /** The consent records of a member with this method, e.g. {@code RECONSENT_PAGE}, oldest first. */
    public List<Consent> recordsOf(long memberId, String method) throws SQLException {
        return recordsOf(memberId).stream()
                .filter(record -> record.method().equals(method))
                .toList();
    }

    /** A published policy version: its id, when it takes effect, whether it asks members to consent again. */
    public record PublishedVersion(long id, LocalDate effectiveOn, boolean asksReconsent) {}

    /** The published policy versions, the latest effective date first (policy §14). */
    public List<PublishedVersion> publishedVersions() throws SQLException {
        return store.query(
                "SELECT ID, EFFECTIVE_ON, ASKS_RECONSENT FROM POLICY_VERSION WHERE ANNOUNCED_AT IS NOT NULL"
                        + " ORDER BY EFFECTIVE_ON DESC, ID DESC",
                row -> new PublishedVersion(
                        row.getLong("ID"),
                        row.getDate("EFFECTIVE_ON").toLocalDate(),
                        row.getBoolean("ASKS_RECONSENT")));
    }

    /** The id of the published version that takes effect on the day, the latest published first. */
    public long publishedVersionEffectiveOn(LocalDate day) throws SQLException {
        return publishedVersions().stream()
                .filter(version -> version.effectiveOn().equals(day))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No version published taking effect on " + day))
                .id();
    }

    /** Drafts (not published) whose Korean summary is this text. */
    public long draftsSummarised(String summaryKo) throws SQLException {
        return store.query(
                        "SELECT COUNT(*) AS N FROM POLICY_VERSION WHERE ANNOUNCED_AT IS NULL AND SUMMARY_KO = ?",
                        row -> row.getLong("N"),
                        summaryKo)
                .get(0);
    }

    /**
     * Tries to change the purpose of every consent record of a member, as anybody with the schema's rights could: the
     * database refuses it with an error naming {@code CONSENT_RECORD_IS_APPEND_ONLY}.
     */
    public void tryToChangeTheRecordsOf(long memberId) throws SQLException {
        store.update("UPDATE CONSENT_RECORD SET ACTION = 'WITHDRAWN' WHERE MEMBER_ID = ?", memberId);
    }

    /** Tries to delete every consent record of a member whose membership has not ended five years ago: refused. */
    public void tryToDeleteTheRecordsOf(long memberId) throws SQLException {
        store.update("DELETE FROM CONSENT_RECORD WHERE MEMBER_ID = ?", memberId);
    }

    /** Tries to lower the floor under the retention of consent records: refused by CONSENT_RETENTION_FLOOR_LEGAL. */
    public void tryToLowerTheRetentionFloor(int days) throws SQLException {
        store.update("UPDATE CONSENT_RETENTION_FLOOR SET DAYS = ?", days);
    }

    /** Tries to change a published policy version's effective date: refused by POLICY_VERSION_IS_PUBLISHED. */
    public void tryToMoveTheEffectiveDateOf(long versionId, LocalDate day) throws SQLException {
        store.update("UPDATE POLICY_VERSION SET EFFECTIVE_ON = ? WHERE ID = ?", java.sql.Date.valueOf(day), versionId);
    }
}
