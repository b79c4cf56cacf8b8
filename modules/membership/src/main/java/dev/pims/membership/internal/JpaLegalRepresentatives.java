package dev.pims.membership.internal;

import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaLegalRepresentatives implements LegalRepresentatives {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void add(LegalRepresentative representative) {
        entityManager.persist(representative);
    }

    @Override
    public Optional<LegalRepresentative> ofMember(long memberId) {
        return Optional.ofNullable(entityManager.find(LegalRepresentative.class, memberId));
    }

    @Override
    public List<LegalRepresentative> ofMembers(Collection<Long> memberIds) {
        return memberIds.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "SELECT r FROM LegalRepresentative r WHERE r.memberId IN :ids",
                                LegalRepresentative.class)
                        .setParameter("ids", memberIds)
                        .getResultList();
    }

    @Override
    public Optional<LegalRepresentative> byConsentToken(String tokenHash) {
        return entityManager
                .createNamedQuery("LegalRepresentative.findByConsentToken", LegalRepresentative.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LegalRepresentative> byAccessToken(String tokenHash) {
        return entityManager
                .createNamedQuery("LegalRepresentative.findByAccessToken", LegalRepresentative.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LegalRepresentative> consentedByEmail(String email) {
        return entityManager
                .createNamedQuery("LegalRepresentative.findConsentedByEmail", LegalRepresentative.class)
                .setParameter("email", email)
                .getResultList();
    }
}
