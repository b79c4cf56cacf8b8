package dev.pims.web.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Members of staff made for a test, written straight into the staff tables as the privacy officer's pages would
 * leave them: a password hashed as PIMS hashes it (PBKDF2-SHA256, 120 000 iterations, 32-byte salt and key, in the
 * {@code algorithm:iterations:salt:hash} form of Jakarta Security), roles, granted categories, and no password
 * change pending.
 */
final class StaffFixture {

    static final String PASSWORD = "staff-test-2026";

    private StaffFixture() {
    }

    /** @return the new login id, unique within the run and apart from the demo staff of {@link StaffSteps} */
    static String create(String purpose, Set<String> roles, Set<String> categories) throws Exception {
        String loginId = purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection db = Stores.open(Stores.OPERATIONAL)) {
            long id;
            try (PreparedStatement account = db.prepareStatement("INSERT INTO STAFF_ACCOUNT (LOGIN_ID, "
                    + "PASSWORD_HASH, PASSWORD_CHANGED_AT, MUST_CHANGE_PASSWORD, CREATED_AT) VALUES (?, ?, ?, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                account.setString(1, loginId);
                account.setString(2, hash(PASSWORD));
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertAll(db, "INSERT INTO STAFF_ROLE (STAFF_ID, ROLE) VALUES (?, ?)", id, roles);
            insertAll(db, "INSERT INTO STAFF_CATEGORY (STAFF_ID, CATEGORY) VALUES (?, ?)", id, categories);
        }
        return loginId;
    }

    private static void insertAll(Connection db, String sql, long staffId, Set<String> values) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (String value : values) {
                insert.setLong(1, staffId);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        }
    }

    private static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 120_000, 32 * 8)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:120000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
