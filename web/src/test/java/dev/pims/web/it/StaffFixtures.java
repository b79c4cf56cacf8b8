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
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff accounts put straight into the operational store for a test, with a password already changed, so that a
 * test logs in without the first-login password change. The hash has the form and parameters of
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
        try (Connection connection = Stores.open(Stores.OPERATIONAL)) {
            long id;
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO STAFF_ACCOUNT (LOGIN_ID, "
                    + "PASSWORD_HASH, PASSWORD_CHANGED_AT, MUST_CHANGE_PASSWORD, CREATED_AT) VALUES (?, ?, ?, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                account.setString(1, loginId);
                account.setString(2, hash(password));
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role = connection.prepareStatement(
                    "INSERT INTO STAFF_ROLE (STAFF_ID, ROLE) VALUES (?, ?)")) {
                for (String name : roles) {
                    role.setLong(1, id);
                    role.setString(2, name);
                    role.executeUpdate();
                }
            }
            return id;
        }
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
