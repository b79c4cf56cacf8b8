package dev.pims.notices.internal;

import dev.pims.notices.domain.BoardVisits;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** Looks at the notice board by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcBoardVisits implements BoardVisits {

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public Optional<LocalDateTime> lastSeen(long memberId) {
        try (Connection connection = store.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT SEEN_AT FROM NOTICE_BOARD_SEEN WHERE MEMBER_ID = ?")) {
            select.setLong(1, memberId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getTimestamp(1).toLocalDateTime()) : Optional.empty();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read when member " + memberId + " saw the board", failure);
        }
    }

    @Override
    public void markSeen(long memberId, LocalDateTime at) {
        try (Connection connection = store.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE NOTICE_BOARD_SEEN SET SEEN_AT = ? WHERE MEMBER_ID = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setLong(2, memberId);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO NOTICE_BOARD_SEEN (MEMBER_ID, SEEN_AT) VALUES (?, ?)")) {
                    insert.setLong(1, memberId);
                    insert.setTimestamp(2, Timestamp.valueOf(at));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not note that member " + memberId + " saw the board", failure);
        }
    }

    @Override
    public void forget(long memberId) {
        try (Connection connection = store.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM NOTICE_BOARD_SEEN WHERE MEMBER_ID = ?")) {
            delete.setLong(1, memberId);
            delete.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not forget member " + memberId + "'s looks at the board", failure);
        }
    }
}
