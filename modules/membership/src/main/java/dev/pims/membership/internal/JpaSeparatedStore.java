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

    /**
     * Writes at once rather than at commit: a refusal (a row kept for this member already) then fails the audited
     * call, which records it as an error; and a failure later in the withdrawal rolls back a row already written.
     */
    @Override
    public void keep(SeparatedMember member) {
        entityManager.persist(member);
        entityManager.flush();
    }
}
