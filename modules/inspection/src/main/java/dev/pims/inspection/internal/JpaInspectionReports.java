package dev.pims.inspection.internal;

import dev.pims.inspection.domain.InspectionFlag;
import dev.pims.inspection.domain.InspectionReport;
import dev.pims.inspection.domain.InspectionReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaInspectionReports implements InspectionReports {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(InspectionReport report) {
        entityManager.persist(report);
        // The identities of the flags are shown at once (review buttons), so they are fetched now.
        entityManager.flush();
    }

    @Override
    public Optional<InspectionReport> ofPeriod(String period) {
        return entityManager
                .createNamedQuery("InspectionReport.findByPeriod", InspectionReport.class)
                .setParameter("period", period)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<InspectionReport> newestFirst() {
        return entityManager
                .createNamedQuery("InspectionReport.newestFirst", InspectionReport.class)
                .getResultList();
    }

    @Override
    public Optional<InspectionFlag> flag(long id) {
        return Optional.ofNullable(entityManager.find(InspectionFlag.class, id));
    }
}
