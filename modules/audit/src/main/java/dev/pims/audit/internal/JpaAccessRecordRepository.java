package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessRecord;
import dev.pims.audit.domain.AccessRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
class JpaAccessRecordRepository implements AccessRecordRepository {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void append(AccessRecord record) {
        entityManager.persist(record);
    }
}
