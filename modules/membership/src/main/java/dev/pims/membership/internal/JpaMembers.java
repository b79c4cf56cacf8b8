package dev.pims.membership.internal;

import dev.pims.membership.domain.ApplicationForm;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.OptionalSettings;
import dev.pims.membership.domain.WithdrawalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaMembers implements Members {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public MemberAccount add(MemberAccount account) {
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }

    @Override
    public void addCategories(BasicProfile profile, OptionalSettings settings, ApplicationForm form) {
        entityManager.persist(profile);
        entityManager.persist(settings);
        entityManager.persist(form);
    }

    @Override
    public Optional<MemberAccount> account(long memberId) {
        return Optional.ofNullable(entityManager.find(MemberAccount.class, memberId));
    }

    @Override
    public Optional<MemberAccount> accountByEmail(String email) {
        return entityManager.createNamedQuery("MemberAccount.findByEmail", MemberAccount.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<MemberAccount> accountByVerificationToken(String tokenHash) {
        return entityManager.createNamedQuery("MemberAccount.findByVerificationToken", MemberAccount.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public BasicProfile basicProfile(long memberId) {
        return entityManager.find(BasicProfile.class, memberId);
    }

    @Override
    public OptionalSettings optionalSettings(long memberId) {
        return entityManager.find(OptionalSettings.class, memberId);
    }

    @Override
    public ApplicationForm applicationForm(long memberId) {
        return entityManager.find(ApplicationForm.class, memberId);
    }

    @Override
    public void remove(long memberId) {
        entityManager.remove(basicProfile(memberId));
        entityManager.remove(optionalSettings(memberId));
        entityManager.remove(applicationForm(memberId));
        // The categories refer to the account; without relationships mapped, JPA does not order the deletes.
        entityManager.flush();
        entityManager.remove(entityManager.find(MemberAccount.class, memberId));
    }

    @Override
    public void recordWithdrawal(WithdrawalRecord withdrawal) {
        entityManager.persist(withdrawal);
    }
}
