package dev.pims.partners.internal;

import dev.pims.partners.RecipientKind;
import dev.pims.partners.domain.ProvisionRecord;
import dev.pims.partners.domain.ProvisionRecords;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/** Provision records through JPA; their retention by plain JDBC ({@link RecordTable} on the provision's time). */
@ApplicationScoped
class JpaProvisionRecords implements ProvisionRecords {

    static final RecordTable PROVISIONS =
            new RecordTable(ProvisionRetention.NAME, "PROVISION_RECORD", "ID", "PROVIDED_AT", "MEMBER_ID");

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(ProvisionRecord record) {
        entityManager.persist(record);
    }

    @Override
    public List<ProvisionRecord> ofMember(long memberId) {
        return entityManager
                .createNamedQuery("ProvisionRecord.findByMember", ProvisionRecord.class)
                .setParameter("memberId", memberId)
                .getResultList();
    }

    @Override
    public List<ProvisionRecord> ofKind(RecipientKind kind, int max) {
        return entityManager
                .createNamedQuery("ProvisionRecord.findByKind", ProvisionRecord.class)
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countProvidedBefore(LocalDateTime threshold) {
        return PROVISIONS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyProvidedBefore(LocalDateTime threshold, int max) {
        return PROVISIONS.destroyBefore(store, threshold, max);
    }
}
