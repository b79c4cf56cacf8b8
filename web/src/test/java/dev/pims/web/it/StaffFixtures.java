package dev.pims.web.it;

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
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Staff accounts put straight into the operational store for a test, with a password already changed and a second
 * factor enrolled, so that a test logs in without the first-login password change and enrolment. The hash has the form and parameters of
 * {@code dev.pims.shared.PasswordHashing} (Jakarta Security's PBKDF2 hash: algorithm, iterations, salt, key).
 */
final class StaffFixtures {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;

    private StaffFixtures() {
    }

    /** @return the new account's id */
    static long createStaff(String loginId, String password, String... roles) throws SQLException {
        return createStaff(loginId, password, Set.of(roles), Set.of());
    }

    /**
     * A member of staff with the data categories granted to them (their scope), named after the purpose and unique
     * within the run, so that tests never share an account with each other or with the demo staff.
     *
     * @return the new login id
     */
    static String createScopedStaff(String purpose, String password, Set<String> roles, Set<String> categories)
            throws SQLException {
        String loginId = purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        createStaff(loginId, password, roles, categories);
        return loginId;
    }

    private static long createStaff(String loginId, String password, Set<String> roles, Set<String> categories)
            throws SQLException {
        try (Connection connection = Stores.open(Stores.OPERATIONAL)) {
            long id;
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO STAFF_ACCOUNT (LOGIN_ID, "
                    + "PASSWORD_HASH, PASSWORD_CHANGED_AT, MUST_CHANGE_PASSWORD, CREATED_AT, TOTP_SECRET, "
                    + "TOTP_ENROLLED_AT) VALUES (?, ?, ?, FALSE, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                account.setString(1, loginId);
                account.setString(2, hash(password));
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.setString(5, newTotpSecret());
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
