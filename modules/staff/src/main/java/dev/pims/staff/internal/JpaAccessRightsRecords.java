package dev.pims.staff.internal;

import dev.pims.staff.domain.AccessRightsRecord;
import dev.pims.staff.domain.AccessRightsRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaAccessRightsRecords implements AccessRightsRecords {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(AccessRightsRecord record) {
        entityManager.persist(record);
    }

    @Override
    public long count() {
        return entityManager
                .createNamedQuery("AccessRightsRecord.count", Long.class)
                .getSingleResult();
    }

    @Override
    public List<AccessRightsRecord> newestFirst(int first, int pageSize) {
        return entityManager
                .createNamedQuery("AccessRightsRecord.newestFirst", AccessRightsRecord.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }
}
