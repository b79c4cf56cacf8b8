package dev.pims.consent.internal;

import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Policy versions through JPA. A handful of rows, so most questions read them all; the notice banner's question, asked
 * on every member's page, reads one value.
 */
@ApplicationScoped
class JpaPolicyVersions implements PolicyVersions {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(PolicyVersion version) {
        entityManager.persist(version);
        entityManager.flush();
    }

    @Override
    public Optional<PolicyVersion> byId(long id) {
        return Optional.ofNullable(entityManager.find(PolicyVersion.class, id));
    }

    @Override
    public List<PolicyVersion> published() {
        return entityManager
                .createNamedQuery("PolicyVersion.published", PolicyVersion.class)
                .getResultList();
    }

    @Override
    public Optional<LocalDateTime> latestAnnouncement(LocalDateTime now, LocalDate oldestEffective) {
        return Optional.ofNullable(entityManager
                .createNamedQuery("PolicyVersion.latestAnnouncement", LocalDateTime.class)
                .setParameter("now", now)
                .setParameter("oldestEffective", oldestEffective)
                .getSingleResult());
    }

    @Override
    public List<PolicyVersion> drafts() {
        return entityManager
                .createNamedQuery("PolicyVersion.drafts", PolicyVersion.class)
                .getResultList();
    }
}
