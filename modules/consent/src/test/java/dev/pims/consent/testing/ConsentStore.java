package dev.pims.consent.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
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
}
