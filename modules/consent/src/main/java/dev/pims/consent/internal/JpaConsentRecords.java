package dev.pims.consent.internal;

import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.ConsentRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaConsentRecords implements ConsentRecords {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

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
}
