package dev.pims.staff.internal;

import dev.pims.staff.domain.StaffLoginRecord;
import dev.pims.staff.domain.StaffLoginRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
class JpaStaffLoginRecords implements StaffLoginRecords {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void append(StaffLoginRecord record) {
        entityManager.persist(record);
    }
}
