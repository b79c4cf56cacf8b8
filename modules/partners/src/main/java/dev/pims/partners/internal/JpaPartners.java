package dev.pims.partners.internal;

import dev.pims.partners.domain.Partner;
import dev.pims.partners.domain.Partners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The registry through JPA. */
@ApplicationScoped
class JpaPartners implements Partners {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(Partner partner) {
        entityManager.persist(partner);
        entityManager.flush();
    }

    @Override
    public Optional<Partner> byId(long id) {
        return Optional.ofNullable(entityManager.find(Partner.class, id));
    }

    @Override
    public Optional<Partner> byName(String name) {
        return entityManager
                .createNamedQuery("Partner.findByName", Partner.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Partner> all() {
        return entityManager.createNamedQuery("Partner.findAll", Partner.class).getResultList();
    }

    @Override
    public List<Partner> active() {
        return entityManager
                .createNamedQuery("Partner.findActive", Partner.class)
                .getResultList();
    }
}
