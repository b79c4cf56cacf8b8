package dev.pims.consent.internal;

import dev.pims.consent.MarketingConsents.LiveConsent;
import dev.pims.consent.domain.LiveConsents;
import dev.pims.shared.ConsentPurpose;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Live consents by plain JDBC on the operational store, in the caller's transaction. A record is the live one of its
 * member and purpose when no later record of them exists (later by time, then by id, as the member's history orders
 * them); it gives the purpose when it is GIVEN and agreed for no period that has lapsed. The index
 * CONSENT_RECORD_PURPOSE (consent's V9) walks one purpose's records by member.
 */
@ApplicationScoped
class JdbcLiveConsents implements LiveConsents {

    private static final String LIVE = " FROM CONSENT_RECORD C WHERE C.PURPOSE = ? AND C.ACTION = 'GIVEN'"
            + " AND (C.AGREED_UNTIL IS NULL OR C.AGREED_UNTIL > ?) AND C.OCCURRED_AT <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM CONSENT_RECORD L WHERE L.MEMBER_ID = C.MEMBER_ID"
            + " AND L.PURPOSE = C.PURPOSE AND (L.OCCURRED_AT > C.OCCURRED_AT"
            + " OR (L.OCCURRED_AT = C.OCCURRED_AT AND L.ID > C.ID)))"
            + " AND NOT EXISTS (SELECT 1 FROM CONSENT_MEMBERSHIP_ENDED E WHERE E.MEMBER_ID = C.MEMBER_ID)";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public long countGivenBefore(ConsentPurpose purpose, LocalDateTime givenBefore) {
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + LIVE)) {
            bind(count, purpose, givenBefore);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the live consents to " + purpose, failure);
        }
    }

    @Override
    public List<LiveConsent> givenBefore(
            ConsentPurpose purpose, LocalDateTime givenBefore, long afterMemberId, int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT C.MEMBER_ID, C.OCCURRED_AT" + LIVE
                        + " AND C.MEMBER_ID > ? ORDER BY C.MEMBER_ID FETCH FIRST ? ROWS ONLY")) {
            bind(select, purpose, givenBefore);
            select.setLong(4, afterMemberId);
            select.setInt(5, max);
            List<LiveConsent> live = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    live.add(new LiveConsent(row.getLong(1), row.getTimestamp(2).toLocalDateTime()));
                }
            }
            return live;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the live consents to " + purpose, failure);
        }
    }

    /** A consent agreed for a period is live while the period lasts, counted at the time asked about. */
    private static void bind(PreparedStatement statement, ConsentPurpose purpose, LocalDateTime givenBefore)
            throws SQLException {
        statement.setString(1, purpose.name());
        statement.setTimestamp(2, Timestamp.valueOf(givenBefore));
        statement.setTimestamp(3, Timestamp.valueOf(givenBefore));
    }
}
