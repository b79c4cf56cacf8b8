package dev.pims.membership.internal;

import dev.pims.membership.domain.VisitRecord;
import dev.pims.membership.domain.VisitRecords;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

@ApplicationScoped
class JpaVisitRecords implements VisitRecords {

    static final RecordTable VISIT_RECORDS =
            new RecordTable(VisitRecordRetention.NAME, "VISIT_RECORD", "ID", "VISITED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(VisitRecord visit) {
        entityManager.persist(visit);
    }

    @Override
    public List<VisitRecord> recentOf(long memberId, int max) {
        // VISIT_RECORD_MEMBER (MEMBER_ID, VISITED_AT DESC) serves the order; the page stops after max rows.
        return entityManager
                .createNamedQuery("VisitRecord.findRecentByMember", VisitRecord.class)
                .setParameter("memberId", memberId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return VISIT_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return VISIT_RECORDS.destroyBefore(store, threshold, max);
    }
}
