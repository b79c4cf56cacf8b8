package dev.pims.membership.internal;

import dev.pims.membership.domain.SeparatedMember;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import javax.sql.DataSource;

@ApplicationScoped
class JpaSeparatedStore implements SeparatedStore {

    static final RecordTable SEPARATED_MEMBERS = new RecordTable(
            SeparatedMemberRetention.NAME, "SEPARATED_MEMBER", "MEMBER_ID", "SEPARATED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource store;

    @PersistenceContext(unitName = "separated")
    private EntityManager entityManager;

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
    public long countSeparatedBefore(LocalDateTime threshold) {
        return SEPARATED_MEMBERS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroySeparatedBefore(LocalDateTime threshold, int max) {
        return SEPARATED_MEMBERS.destroyBefore(store, threshold, max);
    }
}
