package dev.pims.notices.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The business transfers and the records of the members mailed about them, for tests. */
public final class TransferNoticeStore {

    private final StoreConnection store;

    /** @param operational the operational store */
    public TransferNoticeStore(StoreConnection operational) {
        this.store = operational;
    }

    /** The id of the transfer to this transferee, if one was recorded. */
    public Optional<Long> transferIdOf(String transferee) throws SQLException {
        return store
                .query(
                        "SELECT ID FROM BUSINESS_TRANSFER WHERE TRANSFEREE = ? ORDER BY ID",
                        row -> row.getLong("ID"),
                        transferee)
                .stream()
                .findFirst();
    }

    /** Records a transfer as the privacy officer would, now, dated {@code on}; returns its id. */
    public long insertTransfer(String transferee, LocalDate on) throws SQLException {
        store.update(
                "INSERT INTO BUSINESS_TRANSFER (TRANSFEREE, CONTACT, TRANSFER_ON, PASSES_KO, PASSES_EN, RECORDED_AT,"
                        + " RECORDED_BY) VALUES (?, 'privacy@transferee.test', ?, '회원 정보 전부', 'All member data',"
                        + " CURRENT_TIMESTAMP, 'test')",
                transferee,
                Date.valueOf(on));
        return transferIdOf(transferee).orElseThrow();
    }

    /** The outbox ids of the mails of every delivery record written after the mark (an outbox id), in order. */
    public List<Long> mailIdsAfter(long mark) throws SQLException {
        return store.query(
                "SELECT MAIL_ID FROM TRANSFER_NOTICE_DELIVERY WHERE MAIL_ID > ? ORDER BY MAIL_ID",
                row -> row.getLong("MAIL_ID"),
                mark);
    }

    /** The members mailed about the transfer, one entry per delivery record (so a member twice would show twice). */
    public List<Long> membersMailedAbout(long transferId) throws SQLException {
        return store.query(
                "SELECT MEMBER_ID FROM TRANSFER_NOTICE_DELIVERY WHERE TRANSFER_ID = ? ORDER BY MEMBER_ID",
                row -> row.getLong("MEMBER_ID"),
                transferId);
    }

    /** The outbox id of the mail of each delivery record of the transfer, by member. */
    public List<Long> mailIdsOf(long transferId) throws SQLException {
        return store.query(
                "SELECT MAIL_ID FROM TRANSFER_NOTICE_DELIVERY WHERE TRANSFER_ID = ? ORDER BY MEMBER_ID",
                row -> row.getLong("MAIL_ID"),
                transferId);
    }

    /**
     * Deletes a transfer a test recorded, with the records of its mails, so that no later test's members are mailed
     * about it: the product never deletes one, so this is the tests' own tidying up.
     */
    public void deleteTransfer(String transferee) throws SQLException {
        for (long transferId : store.query(
                "SELECT ID FROM BUSINESS_TRANSFER WHERE TRANSFEREE = ?", row -> row.getLong("ID"), transferee)) {
            store.update("DELETE FROM TRANSFER_NOTICE_DELIVERY WHERE TRANSFER_ID = ?", transferId);
            store.update("DELETE FROM BUSINESS_TRANSFER WHERE ID = ?", transferId);
        }
    }

    /** A text of the transfer mail in a language, as the module's bundle has it (a MessageFormat pattern). */
    public static String transferText(String key, Locale language) {
        return ResourceBundle.getBundle(
                        "dev.pims.notices.transfer",
                        language,
                        TransferNoticeStore.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
