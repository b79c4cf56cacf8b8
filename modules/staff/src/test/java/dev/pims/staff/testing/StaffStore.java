package dev.pims.staff.testing;

import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.store.testing.StoreConnection;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Staff accounts in the operational store, for tests: accounts put straight into the store with a password already
 * changed and a second factor enrolled, so that a test logs in without the first-login password change and
 * enrolment; and what the store holds of accounts, their rights, and their logins. The hash has the form of
 * {@code dev.pims.shared.PasswordHashing} (Jakarta Security's PBKDF2 hash: algorithm, iterations, salt, key) with the
 * 120 000 iterations of the releases before OWASP's 600 000: cheaper for the tests, and replaced at the account's first
 * login as every older hash is. TOTP secrets are kept sealed by the key ring: they are sealed and opened through the server's key ring
 * ({@link KeyRingStore}), so that a test reads a secret in clear to make its codes.
 */
public final class StaffStore {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;

    private final StoreConnection store;
    private final KeyRingStore keys;

    /** @param operational the operational store of the server the integration tests start */
    public StaffStore(StoreConnection operational) {
        this(operational, KeyRingStore.ofTheTestServer(operational));
    }

    /**
     * @param operational the operational store
     * @param keys the key ring of the server on that store
     */
    public StaffStore(StoreConnection operational, KeyRingStore keys) {
        this.store = operational;
        this.keys = keys;
    }

    /**
     * An account's state: a password change due, failures in a row, locked since, and its second factor: the secret in
     * clear (opened) and as the store keeps it; until when a lock holds, and the password hash.
     */
    public record Account(
            long id,
            String loginId,
            boolean mustChangePassword,
            int failedLogins,
            LocalDateTime lockedAt,
            String totpSecret,
            String totpSecretAsStored,
            long totpLastStep,
            LocalDateTime lockedUntil,
            String passwordHash) {}

    /** One login attempt, lockout, unlock or refused request to the staff console. */
    public record Login(String loginId, String clientIp, String outcome, String detail) {}

    /** A member of staff with these roles and no data category; returns the new account's id. */
    public long createStaff(String loginId, String password, String... roles) throws SQLException {
        return createStaff(loginId, password, Set.of(roles), Set.of());
    }

    /**
     * A member of staff with the data categories granted to them (their scope), named after the purpose and unique
     * within the run, so that tests never share an account with each other or with the demo staff.
     *
     * @return the new login id
     */
    public String createScopedStaff(String purpose, String password, Set<String> roles, Set<String> categories)
            throws SQLException {
        String loginId = purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        createStaff(loginId, password, roles, categories);
        return loginId;
    }

    /** The id of the account with this login id; fails if there is none. */
    public long idOf(String loginId) throws SQLException {
        return accountOf(loginId)
                .orElseThrow(() -> new NoSuchElementException("No staff account " + loginId))
                .id();
    }

    /** The account with this login id, empty if there is none (any more). */
    public Optional<Account> accountOf(String loginId) throws SQLException {
        return store
                .query(
                        "SELECT ID, LOGIN_ID, MUST_CHANGE_PASSWORD, FAILED_LOGINS, LOCKED_AT, TOTP_SECRET, "
                                + "TOTP_LAST_STEP, LOCKED_UNTIL, PASSWORD_HASH FROM STAFF_ACCOUNT WHERE LOGIN_ID = ?",
                        row -> {
                            String stored = row.getString("TOTP_SECRET");
                            return new Account(
                                    row.getLong("ID"),
                                    row.getString("LOGIN_ID"),
                                    row.getBoolean("MUST_CHANGE_PASSWORD"),
                                    row.getInt("FAILED_LOGINS"),
                                    StoreConnection.localDateTime(row, "LOCKED_AT"),
                                    stored == null ? null : keys.open(stored),
                                    stored,
                                    row.getLong("TOTP_LAST_STEP"),
                                    StoreConnection.localDateTime(row, "LOCKED_UNTIL"),
                                    row.getString("PASSWORD_HASH"));
                        },
                        loginId)
                .stream()
                .findFirst();
    }

    /** The roles an account holds, in alphabetical order. */
    public List<String> rolesOf(long staffId) throws SQLException {
        return store.query(
                "SELECT ROLE FROM STAFF_ROLE WHERE STAFF_ID = ? ORDER BY ROLE", row -> row.getString("ROLE"), staffId);
    }

    /** The data categories an account is granted, in alphabetical order. */
    public List<String> categoriesOf(long staffId) throws SQLException {
        return store.query(
                "SELECT CATEGORY FROM STAFF_CATEGORY WHERE STAFF_ID = ? ORDER BY CATEGORY",
                row -> row.getString("CATEGORY"),
                staffId);
    }

    /** How many earlier passwords of the account the store remembers, so that they cannot come back. */
    public long retiredPasswordCount(String loginId) throws SQLException {
        return store.count(
                "SELECT COUNT(*) FROM STAFF_PASSWORD_HISTORY h JOIN STAFF_ACCOUNT a ON a.ID = h.STAFF_ID "
                        + "WHERE a.LOGIN_ID = ?",
                loginId);
    }

    /** The login records of a login id (what was typed, or the account concerned), oldest first. */
    public List<Login> loginsOf(String loginId) throws SQLException {
        return store.query(
                "SELECT LOGIN_ID, CLIENT_IP, OUTCOME, DETAIL FROM STAFF_LOGIN_RECORD WHERE LOGIN_ID = ? "
                        + "ORDER BY ID",
                StaffStore::login,
                loginId);
    }

    /** The login records that ended with this outcome (e.g. {@code ADDRESS_REFUSED}), oldest first. */
    public List<Login> loginsEndingIn(String outcome) throws SQLException {
        return store.query(
                "SELECT LOGIN_ID, CLIENT_IP, OUTCOME, DETAIL FROM STAFF_LOGIN_RECORD WHERE OUTCOME = ? "
                        + "ORDER BY ID",
                StaffStore::login,
                outcome);
    }

    /** Writes a login record dated as a test needs it, as the staff login writes one. */
    public void recordLogin(String loginId, LocalDateTime occurredAtUtc, String clientIp, String outcome)
            throws SQLException {
        store.update(
                "INSERT INTO STAFF_LOGIN_RECORD (LOGIN_ID, OCCURRED_AT, CLIENT_IP, OUTCOME) VALUES (?, ?, ?, ?)",
                loginId,
                Timestamp.valueOf(occurredAtUtc),
                clientIp,
                outcome);
    }

    private static Login login(ResultSet row) throws SQLException {
        return new Login(
                row.getString("LOGIN_ID"),
                row.getString("CLIENT_IP"),
                row.getString("OUTCOME"),
                row.getString("DETAIL"));
    }

    private long createStaff(String loginId, String password, Set<String> roles, Set<String> categories)
            throws SQLException {
        try (Connection connection = store.open()) {
            long id;
            try (PreparedStatement account = connection.prepareStatement(
                    "INSERT INTO STAFF_ACCOUNT (LOGIN_ID, "
                            + "PASSWORD_HASH, PASSWORD_CHANGED_AT, MUST_CHANGE_PASSWORD, CREATED_AT, TOTP_SECRET, "
                            + "TOTP_ENROLLED_AT) VALUES (?, ?, ?, FALSE, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                account.setString(1, loginId);
                account.setString(2, hash(password));
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.setString(5, keys.seal(newTotpSecret()));
                account.setTimestamp(6, now);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertAll(connection, "INSERT INTO STAFF_ROLE (STAFF_ID, ROLE) VALUES (?, ?)", id, roles);
            insertAll(connection, "INSERT INTO STAFF_CATEGORY (STAFF_ID, CATEGORY) VALUES (?, ?)", id, categories);
            return id;
        }
    }

    private static void insertAll(Connection connection, String sql, long staffId, Set<String> values)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String value : values) {
                insert.setLong(1, staffId);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        }
    }

    /** 160 random bits in Base32, as an authenticator app takes them. */
    private static String newTotpSecret() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return new Base32().encodeToString(secret);
    }

    private static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BYTES * 8))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
