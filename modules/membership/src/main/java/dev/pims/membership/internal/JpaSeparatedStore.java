package dev.pims.membership.internal;

import dev.pims.membership.domain.SeparatedMember;
import dev.pims.membership.domain.SeparatedStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
class JpaSeparatedStore implements SeparatedStore {

    @PersistenceContext(unitName = "separated")
    private EntityManager entityManager;

    @Override
    public void keep(SeparatedMember member) {
        entityManager.persist(member);
    }
}
