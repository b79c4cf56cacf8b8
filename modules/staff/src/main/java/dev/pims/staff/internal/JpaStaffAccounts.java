package dev.pims.staff.internal;

import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

@ApplicationScoped
class JpaStaffAccounts implements StaffAccounts {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public boolean anyExists() {
        return !entityManager
                .createQuery("SELECT s.id FROM StaffAccount s", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(StaffAccount account) {
        entityManager.persist(account);
    }

    @Override
    public Optional<StaffAccount> byLoginId(String loginId) {
        return entityManager
                .createNamedQuery("StaffAccount.findByLoginId", StaffAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StaffAccount> byId(long id) {
        return Optional.ofNullable(entityManager.find(StaffAccount.class, id));
    }

    @Override
    public List<StaffAccount> all() {
        return entityManager
                .createNamedQuery("StaffAccount.all", StaffAccount.class)
                .getResultList();
    }

    @Override
    public OptionalInt rightsVersionOf(String loginId) {
        return entityManager
                .createNamedQuery("StaffAccount.rightsVersionByLoginId", Integer.class)
                .setParameter("loginId", loginId)
                .getResultStream()
                .mapToInt(Integer::intValue)
                .findFirst();
    }

    @Override
    public void remove(StaffAccount account) {
        entityManager.remove(account);
    }
}
