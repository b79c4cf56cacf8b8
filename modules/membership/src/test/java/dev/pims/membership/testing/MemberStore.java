package dev.pims.membership.testing;

import dev.pims.store.testing.HeldTableLock;
import dev.pims.store.testing.StoreConnection;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What the operational store holds of members, for tests: accounts, their profile (the basic profile with the
 * application form), the records of withdrawals, of visits and of bad use; and a verified member written straight into the store.
 */
public final class MemberStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public MemberStore(StoreConnection operational) {
        this.store = operational;
    }

    /** Every datum of a member's basic profile and application form, as stored. */
    public record Profile(
            String name,
            String mobilePhone,
            String mobileDigits,
            String companyPhone,
            String company,
            String department,
            String jobTitle,
            String intendedUse,
            String industry,
            Integer monthlyImageVolume) {}

    /** The member id of an e-mail address, or null if there is no such account. */
    public Long memberIdOf(String email) throws SQLException {
        List<Long> found =
                store.query("SELECT ID FROM MEMBER_ACCOUNT WHERE EMAIL = ?", row -> row.getLong("ID"), email);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Holds the accounts' table in an exclusive lock (Derby only) until closed: a login or a member's page that needs it
     * meanwhile waits the given time and is then rolled back, as when retention compacts the table.
     */
    public HeldTableLock holdAccounts(Duration waitOfOthers) throws SQLException {
        return HeldTableLock.exclusive(store, "MEMBER_ACCOUNT", waitOfOthers);
    }

    /** The ids of the members whose account is ACTIVE, ascending: who a notice to every member goes to. */
    public List<Long> activeMemberIds() throws SQLException {
        return store.query(
                "SELECT ID FROM MEMBER_ACCOUNT WHERE STATUS = 'ACTIVE' ORDER BY ID", row -> row.getLong("ID"));
    }

    /** How many accounts there are. */
    public long accountCount() throws SQLException {
        return store.count("SELECT COUNT(*) FROM MEMBER_ACCOUNT");
    }

    /** How many accounts have this e-mail address: one or none. */
    public long accountCount(String email) throws SQLException {
        return store.count("SELECT COUNT(*) FROM MEMBER_ACCOUNT WHERE EMAIL = ?", email);
    }

    /** The status of a member's account ({@code PENDING_VERIFICATION}, {@code ACTIVE}, ...), empty without one. */
    public Optional<String> statusOf(long memberId) throws SQLException {
        return store
                .query("SELECT STATUS FROM MEMBER_ACCOUNT WHERE ID = ?", row -> row.getString("STATUS"), memberId)
                .stream()
                .findFirst();
    }

    /** A child's legal representative as the operational store keeps them (policy §9). */
    public record Representative(String name, String email, String relationship, String language, boolean consented) {}

    /** The legal representative the operational store keeps for a member, empty when none. */
    public Optional<Representative> representativeOf(long memberId) throws SQLException {
        return store
                .query(
                        "SELECT NAME, EMAIL, RELATIONSHIP, LANGUAGE, CONSENTED_AT FROM LEGAL_REPRESENTATIVE"
                                + " WHERE MEMBER_ID = ?",
                        row -> new Representative(
                                row.getString("NAME"),
                                row.getString("EMAIL"),
                                row.getString("RELATIONSHIP"),
                                row.getString("LANGUAGE"),
                                row.getTimestamp("CONSENTED_AT") != null),
                        memberId)
                .stream()
                .findFirst();
    }

    /** How many legal representatives the operational store keeps with this e-mail address. */
    public long representativeCount(String email) throws SQLException {
        return store.count("SELECT COUNT(*) FROM LEGAL_REPRESENTATIVE WHERE EMAIL = ?", email);
    }

    /** What the account's EMAIL column holds: the address, or a dormant stub's keyed hash of it; fails without one. */
    public String storedEmailOf(long memberId) throws SQLException {
        return store
                .query("SELECT EMAIL FROM MEMBER_ACCOUNT WHERE ID = ?", row -> row.getString("EMAIL"), memberId)
                .stream()
                .findFirst()
                .orElseThrow();
    }

    /** How many rows of the member's data categories but the account the operational store holds (three, or none). */
    public long categoryRowsOf(long memberId) throws SQLException {
        long rows = 0;
        for (String table : List.of("BASIC_PROFILE", "OPTIONAL_SETTINGS", "APPLICATION_FORM")) {
            rows += store.query(
                            "SELECT COUNT(*) AS N FROM " + table + " WHERE MEMBER_ID = ?",
                            row -> row.getLong("N"),
                            memberId)
                    .getFirst();
        }
        return rows;
    }

    /** The stored hash of a member's password; fails without an account. */
    public String passwordHashOf(long memberId) throws SQLException {
        return store
                .query(
                        "SELECT PASSWORD_HASH FROM MEMBER_ACCOUNT WHERE ID = ?",
                        row -> row.getString("PASSWORD_HASH"),
                        memberId)
                .stream()
                .findFirst()
                .orElseThrow();
    }

    /** A member's profile, empty without a basic profile (the application form's data are null without one). */
    public Optional<Profile> profileOf(long memberId) throws SQLException {
        return store
                .query(
                        "SELECT b.NAME, b.MOBILE_PHONE, b.MOBILE_DIGITS, b.COMPANY_PHONE, b.COMPANY, b.DEPARTMENT, "
                                + "b.JOB_TITLE, a.INTENDED_USE, a.INDUSTRY, a.MONTHLY_IMAGE_VOLUME FROM BASIC_PROFILE b "
                                + "LEFT JOIN APPLICATION_FORM a ON a.MEMBER_ID = b.MEMBER_ID WHERE b.MEMBER_ID = ?",
                        row -> new Profile(
                                row.getString("NAME"),
                                row.getString("MOBILE_PHONE"),
                                row.getString("MOBILE_DIGITS"),
                                row.getString("COMPANY_PHONE"),
                                row.getString("COMPANY"),
                                row.getString("DEPARTMENT"),
                                row.getString("JOB_TITLE"),
                                row.getString("INTENDED_USE"),
                                row.getString("INDUSTRY"),
                                (Integer) row.getObject("MONTHLY_IMAGE_VOLUME")),
                        memberId)
                .stream()
                .findFirst();
    }

    /** When the member was last active (policy §4C), as the account holds it. */
    public LocalDateTime lastActiveAtOf(long memberId) throws SQLException {
        return accountTime(memberId, "LAST_ACTIVE_AT");
    }

    /**
     * Makes the member idle since the given time, as if they had not used the service since (policy §4C): their next
     * login moves it again.
     */
    public void setLastActiveAt(long memberId, LocalDateTime lastActiveAt) throws SQLException {
        store.update(
                "UPDATE MEMBER_ACCOUNT SET LAST_ACTIVE_AT = ? WHERE ID = ?", Timestamp.valueOf(lastActiveAt), memberId);
    }

    /**
     * Gives the member this password as a release before OWASP's 600 000 iterations hashed it: PBKDF2-SHA256 with
     * 120 000 iterations, in Jakarta Security's form ({@code algorithm:iterations:salt:key}, Base64).
     */
    public void setPasswordHashedAsBefore(long memberId, String password) throws SQLException {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        String hash;
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 120_000, 256))
                    .getEncoded();
            hash = "PBKDF2WithHmacSHA256:120000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
        store.update("UPDATE MEMBER_ACCOUNT SET PASSWORD_HASH = ? WHERE ID = ?", hash, memberId);
    }

    /** Sets the language the member chose ({@code ko}, {@code en}), in which PIMS writes to them. */
    public void setLanguage(long memberId, String language) throws SQLException {
        store.update("UPDATE MEMBER_ACCOUNT SET LANGUAGE = ? WHERE ID = ?", language, memberId);
    }

    /** Until when the member agreed to keep the account active (policy §4C); null if never. */
    public LocalDateTime keepActiveUntilOf(long memberId) throws SQLException {
        return accountTime(memberId, "KEEP_ACTIVE_UNTIL");
    }

    private LocalDateTime accountTime(long memberId, String column) throws SQLException {
        return store.query(
                        "SELECT " + column + " FROM MEMBER_ACCOUNT WHERE ID = ?",
                        row -> StoreConnection.localDateTime(row, column),
                        memberId)
                .getFirst();
    }

    /** The channels of a member's withdrawal records ({@code WEB}, {@code PHONE}, ...), oldest first. */
    public List<String> withdrawalChannelsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT CHANNEL FROM WITHDRAWAL_RECORD WHERE MEMBER_ID = ? ORDER BY ID",
                row -> row.getString("CHANNEL"),
                memberId);
    }

    /** A record of a visit as stored: what, from which address, with which user agent. */
    public record StoredVisit(String kind, String clientIp, String userAgent) {}

    /** The member's records of visits, oldest first. */
    public List<StoredVisit> visitsOf(long memberId) throws SQLException {
        return store.query(
                "SELECT KIND, CLIENT_IP, USER_AGENT FROM VISIT_RECORD WHERE MEMBER_ID = ? ORDER BY VISITED_AT, ID",
                row -> new StoredVisit(row.getString("KIND"), row.getString("CLIENT_IP"), row.getString("USER_AGENT")),
                memberId);
    }

    /** A record of bad use as stored: who recorded it, why, and whether each hash is there (never the values). */
    public record StoredBadUse(String recordedBy, String reason, boolean emailHashed, boolean mobileHashed) {}

    /** The records of bad use of a member, oldest first. */
    public List<StoredBadUse> badUseOf(long memberId) throws SQLException {
        return store.query(
                "SELECT RECORDED_BY, REASON, EMAIL_HMAC, MOBILE_HMAC FROM BAD_USE_RECORD WHERE MEMBER_ID = ? ORDER BY ID",
                row -> new StoredBadUse(
                        row.getString("RECORDED_BY"),
                        row.getString("REASON"),
                        row.getString("EMAIL_HMAC") != null,
                        row.getString("MOBILE_HMAC") != null),
                memberId);
    }

    /** A record of a withdrawal at the given time, as a withdrawal leaves it: for retention, which counts from then. */
    public void insertWithdrawalRecord(long memberId, LocalDateTime withdrawnAt) throws SQLException {
        store.update(
                "INSERT INTO WITHDRAWAL_RECORD (MEMBER_ID, WITHDRAWN_AT, CHANNEL, CLIENT_IP) VALUES (?, ?, 'PHONE', ?)",
                memberId,
                Timestamp.valueOf(withdrawnAt),
                "127.0.0.1");
    }

    /**
     * A record of bad use as a handler's leaves it (hashes apart), recorded at the given time by {@code test}: for
     * retention, which counts from that time.
     */
    public void insertBadUse(long memberId, LocalDateTime recordedAt, String reason) throws SQLException {
        store.update(
                "INSERT INTO BAD_USE_RECORD (MEMBER_ID, RECORDED_AT, RECORDED_BY, REASON) VALUES (?, ?, 'test', ?)",
                memberId,
                Timestamp.valueOf(recordedAt),
                reason);
    }

    /** A failed login of the member's address at the given time, as the guard counts it: for retention. */
    public void insertLoginFailure(long memberId, LocalDateTime failedAt) throws SQLException {
        store.update(
                "INSERT INTO LOGIN_FAILURE (FAILED_AT, CLIENT_IP, ADDRESS_HMAC, MEMBER_ID) VALUES (?, '127.0.0.1', ?, ?)",
                Timestamp.valueOf(failedAt),
                "%064d".formatted(memberId),
                memberId);
    }

    /** How many failed logins the store holds that name the member. */
    public long loginFailuresOf(long memberId) throws SQLException {
        return store.count("SELECT COUNT(*) FROM LOGIN_FAILURE WHERE MEMBER_ID = ?", memberId);
    }

    /**
     * Makes the store refuse the withdrawal record of this member, so that a withdrawal fails in the operational
     * store after the separated store took the member's data; until {@link #allowWithdrawalOf}.
     */
    public void refuseWithdrawalOf(long memberId) throws SQLException {
        store.execute("ALTER TABLE WITHDRAWAL_RECORD ADD CONSTRAINT " + refusal(memberId) + " CHECK (MEMBER_ID <> "
                + memberId + ")");
    }

    public void allowWithdrawalOf(long memberId) throws SQLException {
        store.execute("ALTER TABLE WITHDRAWAL_RECORD DROP CONSTRAINT " + refusal(memberId));
    }

    /**
     * A verified member written straight into the operational store, as a sign-up would leave them: an account that
     * no password opens, a basic profile with this name and mobile phone and the job title "Buyer", settings, and
     * an application form for "Visual search". Returns the member's id.
     */
    public long insertVerifiedMember(String email, String name, String mobilePhone) throws SQLException {
        return insertVerifiedMember(email, name, mobilePhone, "Buyer", null);
    }

    /** As {@link #insertVerifiedMember(String, String, String)}, with this job title and company (either may be null). */
    public long insertVerifiedMember(String email, String name, String mobilePhone, String jobTitle, String company)
            throws SQLException {
        try (Connection db = store.open()) {
            long id;
            try (PreparedStatement account = db.prepareStatement(
                    "INSERT INTO MEMBER_ACCOUNT (EMAIL, PASSWORD_HASH, STATUS, LANGUAGE, JOINED_AT, EMAIL_VERIFIED_AT, "
                            + "LAST_ACTIVE_AT) VALUES (?, 'not-a-login', 'ACTIVE', 'en', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                account.setString(1, email);
                account.setTimestamp(2, now);
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            execute(
                    db,
                    "INSERT INTO BASIC_PROFILE (MEMBER_ID, NAME, MOBILE_PHONE, MOBILE_DIGITS, JOB_TITLE, COMPANY) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    name,
                    mobilePhone,
                    mobilePhone.replaceAll("[^0-9]", ""),
                    jobTitle,
                    company);
            execute(
                    db,
                    "INSERT INTO OPTIONAL_SETTINGS (MEMBER_ID, KEEP_SEARCH_HISTORY, SERVICE_NOTICES) "
                            + "VALUES (?, FALSE, FALSE)",
                    id);
            execute(db, "INSERT INTO APPLICATION_FORM (MEMBER_ID, INTENDED_USE) VALUES (?, 'Visual search')", id);
            return id;
        }
    }

    private static String refusal(long memberId) {
        return "REFUSES_WITHDRAWAL_OF_" + memberId;
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
