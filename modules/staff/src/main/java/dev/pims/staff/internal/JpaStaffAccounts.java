package dev.pims.staff.internal;

import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaStaffAccounts implements StaffAccounts {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public boolean anyExists() {
        return !entityManager.createQuery("SELECT s.id FROM StaffAccount s", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(StaffAccount account) {
        entityManager.persist(account);
    }

    @Override
    public Optional<StaffAccount> byLoginId(String loginId) {
        return entityManager.createNamedQuery("StaffAccount.findByLoginId", StaffAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst();
    }
}
