package dev.pims.notices.internal;

import dev.pims.notices.TransferForm;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.domain.Transfers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Business transfers by plain JDBC on the operational store, in the caller's transaction. */
@ApplicationScoped
class JdbcTransfers implements Transfers {

    private static final String COLUMNS =
            "ID, TRANSFEREE, CONTACT, TRANSFER_ON, PASSES_KO, PASSES_EN, RECORDED_AT, RECORDED_BY";

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public TransferNotice add(TransferForm form, LocalDateTime recordedAt, String recordedBy) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO BUSINESS_TRANSFER (TRANSFEREE, CONTACT, TRANSFER_ON, PASSES_KO, PASSES_EN,"
                                + " RECORDED_AT, RECORDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, form.getTransferee().strip());
            insert.setString(2, form.getContact().strip());
            insert.setDate(3, Date.valueOf(form.getTransferOn()));
            insert.setString(4, form.getPassesKo().strip());
            insert.setString(5, form.getPassesEn().strip());
            insert.setTimestamp(6, Timestamp.valueOf(recordedAt));
            insert.setString(7, recordedBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new TransferNotice(
                        keys.getLong(1),
                        form.getTransferee().strip(),
                        form.getContact().strip(),
                        form.getTransferOn(),
                        form.getPassesKo().strip(),
                        form.getPassesEn().strip(),
                        recordedAt,
                        recordedBy);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not record the transfer to " + form.getTransferee(), failure);
        }
    }

    @Override
    public List<TransferNotice> all() {
        return select("SELECT " + COLUMNS + " FROM BUSINESS_TRANSFER ORDER BY TRANSFER_ON DESC, ID DESC", null);
    }

    @Override
    public List<TransferNotice> datedFrom(LocalDate from) {
        return select(
                "SELECT " + COLUMNS
                        + " FROM BUSINESS_TRANSFER WHERE TRANSFER_ON >= ? ORDER BY TRANSFER_ON DESC, ID DESC",
                from);
    }

    @Override
    public Optional<LocalDateTime> latestRecordedDatedFrom(LocalDate from) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT MAX(RECORDED_AT) FROM BUSINESS_TRANSFER WHERE TRANSFER_ON >= ?")) {
            select.setDate(1, Date.valueOf(from));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toLocalDateTime);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the latest business transfer", failure);
        }
    }

    private List<TransferNotice> select(String sql, LocalDate from) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (from != null) {
                select.setDate(1, Date.valueOf(from));
            }
            List<TransferNotice> transfers = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    transfers.add(new TransferNotice(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getDate(4).toLocalDate(),
                            row.getString(5),
                            row.getString(6),
                            row.getTimestamp(7).toLocalDateTime(),
                            row.getString(8)));
                }
            }
            return transfers;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the business transfers", failure);
        }
    }
}
