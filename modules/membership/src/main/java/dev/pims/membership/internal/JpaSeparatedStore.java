package dev.pims.membership.internal;

import dev.pims.membership.domain.DormantMember;
import dev.pims.membership.domain.SeparatedMember;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaSeparatedStore implements SeparatedStore {

    static final RecordTable SEPARATED_MEMBERS = new RecordTable(
            SeparatedMemberRetention.NAME, "SEPARATED_MEMBER", "MEMBER_ID", "SEPARATED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource store;

    @PersistenceContext(unitName = "separated")
    private EntityManager entityManager;

    JpaSeparatedStore() {}

    /** Outside a server, on a store of the caller's choosing: the tests' fixtures, for what it does by plain JDBC. */
    public JpaSeparatedStore(DataSource separated) {
        this.store = separated;
    }

    /**
     * Writes at once rather than at commit: a refusal (a row kept for this member already) then fails the audited
     * call, which records it as an error; and a failure later in the withdrawal rolls back a row already written.
     */
    @Override
    public void keep(SeparatedMember member) {
        entityManager.persist(member);
        entityManager.flush();
    }

    @Override
    public void keepDormant(List<DormantMember> members) {
        members.forEach(entityManager::persist);
        entityManager.flush();
    }

    @Override
    public Optional<DormantMember> dormant(long memberId) {
        return Optional.ofNullable(entityManager.find(DormantMember.class, memberId));
    }

    @Override
    public void releaseDormant(long memberId) {
        entityManager.remove(entityManager.find(DormantMember.class, memberId));
        entityManager.flush();
    }

    @Override
    public Map<Long, String> dataInClear(int max) {
        try (Connection connection = store.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT MEMBER_ID, PERSONAL_DATA FROM"
                                + " SEPARATED_MEMBER WHERE PERSONAL_DATA LIKE '{%' ORDER BY MEMBER_ID FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, max);
            Map<Long, String> data = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    // As text: Derby reads its CLOB so, and PostgreSQL's TEXT is no large object to get as a Clob.
                    data.put(row.getLong(1), row.getString(2));
                }
            }
            return data;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the separated data kept in clear", failure);
        }
    }

    @Override
    public void replaceDataInClear(long memberId, String sealed) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE SEPARATED_MEMBER SET PERSONAL_DATA = ? WHERE MEMBER_ID = ? AND PERSONAL_DATA LIKE '{%'")) {
            update.setString(1, sealed);
            update.setLong(2, memberId);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not seal the separated data of member " + memberId, failure);
        }
    }

    @Override
    public long countSeparatedBefore(LocalDateTime threshold) {
        return SEPARATED_MEMBERS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroySeparatedBefore(LocalDateTime threshold, int max) {
        return SEPARATED_MEMBERS.destroyBefore(store, threshold, max);
    }
}
