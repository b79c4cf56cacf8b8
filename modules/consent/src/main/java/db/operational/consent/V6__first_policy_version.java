package db.operational.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The first published version of the privacy policy, in force from 2019-08-01 (policy §14), with the Korean and
 * English texts PIMS showed before versions existed. A Java migration rather than a start-up step: it runs exactly once
 * in every store, fresh or migrated from any earlier schema, in its place in the consent module's history, so that V7
 * can point every existing consent record at it and nothing at start-up has to ask whether it is there yet. The texts
 * are read from this module's resources, which stay as they are: a later change to the policy is a new version
 * published by the privacy officer, never an edit of these files.
 *
 * <p>When the first version was announced is not known; it is recorded as seven days before it took effect, the
 * policy's own minimum (§13).
 */
public class V6__first_policy_version extends BaseJavaMigration {

    static final String EFFECTIVE_ON = "2019-08-01";

    @Override
    public void migrate(Context context) throws Exception {
        String ko = text("ko");
        String en = text("en");
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO POLICY_VERSION (TEXT_KO, TEXT_EN,"
                + " SUMMARY_KO, SUMMARY_EN, EFFECTIVE_ON, REDUCES_RIGHTS, ASKS_RECONSENT, DRAFTED_AT, DRAFTED_BY,"
                + " ANNOUNCED_AT, ANNOUNCED_BY) VALUES (?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?, ?)")) {
            Timestamp announced = Timestamp.valueOf(LocalDateTime.of(2019, 7, 25, 0, 0));
            insert.setCharacterStream(1, new StringReader(ko), ko.length());
            insert.setCharacterStream(2, new StringReader(en), en.length());
            insert.setString(3, "개인정보처리방침 제정");
            insert.setString(4, "The privacy policy as first published.");
            insert.setDate(5, java.sql.Date.valueOf(EFFECTIVE_ON));
            insert.setTimestamp(6, announced);
            insert.setString(7, "pims");
            insert.setTimestamp(8, announced);
            insert.setString(9, "pims");
            insert.executeUpdate();
        }
    }

    private static String text(String language) {
        String resource = "/dev/pims/consent/policy/" + EFFECTIVE_ON + "." + language + ".txt";
        try (InputStream in = V6__first_policy_version.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The text of the first policy version is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
