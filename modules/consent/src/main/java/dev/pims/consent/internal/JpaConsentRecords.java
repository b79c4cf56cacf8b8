package dev.pims.consent.internal;

import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.retention.DestroyedRecords;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Consent records through JPA; their retention by plain JDBC, in the caller's transaction. */
@ApplicationScoped
class JpaConsentRecords implements ConsentRecords {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(ConsentRecord record) {
        entityManager.persist(record);
    }

    @Override
    public List<ConsentRecord> ofMember(long memberId) {
        return entityManager
                .createNamedQuery("ConsentRecord.findByMember", ConsentRecord.class)
                .setParameter("memberId", memberId)
                .getResultList();
    }

    @Override
    public List<ConsentRecord> ofPartner(long partnerId) {
        return entityManager
                .createNamedQuery("ConsentRecord.findByPartner", ConsentRecord.class)
                .setParameter("partnerId", partnerId)
                .getResultList();
    }

    @Override
    public void membershipEnded(long memberId, LocalDateTime endedAt) {
        try (Connection connection = store.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO CONSENT_MEMBERSHIP_ENDED (MEMBER_ID, ENDED_AT) VALUES (?, ?)")) {
            insert.setLong(1, memberId);
            insert.setTimestamp(2, Timestamp.valueOf(endedAt));
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not note the end of member " + memberId + "'s membership", failure);
        }
    }

    @Override
    public long countOfMembershipsEndedBefore(LocalDateTime threshold) {
        String sql = "SELECT COUNT(*) FROM CONSENT_MEMBERSHIP_ENDED E JOIN CONSENT_RECORD C"
                + " ON C.MEMBER_ID = E.MEMBER_ID WHERE E.ENDED_AT < ?";
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setTimestamp(1, Timestamp.valueOf(threshold));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the due consent records", failure);
        }
    }

    @Override
    public DestroyedRecords destroyOfMembershipsEndedBefore(LocalDateTime threshold, int max) {
        String earliestEnded = "SELECT C.ID, C.MEMBER_ID, E.ENDED_AT FROM CONSENT_MEMBERSHIP_ENDED E"
                + " JOIN CONSENT_RECORD C ON C.MEMBER_ID = E.MEMBER_ID WHERE E.ENDED_AT < ?"
                + " ORDER BY E.ENDED_AT, E.MEMBER_ID, C.ID FETCH FIRST ? ROWS ONLY";
        List<Long> ids = new ArrayList<>();
        TreeSet<Long> members = new TreeSet<>();
        LocalDateTime oldest = null;
        LocalDateTime newest = null;
        try (Connection connection = store.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(earliestEnded)) {
                select.setTimestamp(1, Timestamp.valueOf(threshold));
                select.setInt(2, max);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                        members.add(row.getLong(2));
                        newest = row.getTimestamp(3).toLocalDateTime();
                        oldest = oldest == null ? newest : oldest;
                    }
                }
            }
            if (ids.isEmpty()) {
                return DestroyedRecords.none(ConsentRecordRetention.NAME);
            }
            int deleted = 0;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONSENT_RECORD WHERE ID = ?")) {
                for (long id : ids) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                for (int each : delete.executeBatch()) {
                    deleted += each;
                }
            }
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM CONSENT_MEMBERSHIP_ENDED E"
                    + " WHERE E.MEMBER_ID = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM CONSENT_RECORD C WHERE C.MEMBER_ID = E.MEMBER_ID)")) {
                for (long member : members) {
                    forget.setLong(1, member);
                    forget.addBatch();
                }
                forget.executeBatch();
            }
            return new DestroyedRecords(ConsentRecordRetention.NAME, deleted, oldest, newest, List.copyOf(members));
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not destroy the due consent records", failure);
        }
    }
}
