package dev.pims.membership.internal;

import dev.pims.membership.SearchBy;
import dev.pims.membership.domain.ApplicationForm;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.MemberListing;
import dev.pims.membership.domain.MemberStatus;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.Members.IdleMember;
import dev.pims.membership.domain.OptionalSettings;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

@ApplicationScoped
class JpaMembers implements Members {

    static final RecordTable WITHDRAWAL_RECORDS =
            new RecordTable(WithdrawalRecordRetention.NAME, "WITHDRAWAL_RECORD", "ID", "WITHDRAWN_AT", "MEMBER_ID");

    /** The statuses of a sign-up not completed: its retention rule destroys it seven days after the sign-up. */
    static final List<MemberStatus> INCOMPLETE_SIGN_UPS =
            List.of(MemberStatus.PENDING_VERIFICATION, MemberStatus.PENDING_GUARDIAN_CONSENT);

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

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
    public Optional<MemberStatus> statusOf(long memberId) {
        return entityManager
                .createNamedQuery("MemberAccount.statusOf", MemberStatus.class)
                .setParameter("id", memberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<MemberStatus, Long> countByStatus() {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : entityManager
                .createNamedQuery("MemberAccount.countByStatus", Object[].class)
                .getResultList()) {
            counts.put((MemberStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Optional<MemberAccount> accountByEmail(String email) {
        return entityManager
                .createNamedQuery("MemberAccount.findByEmail", MemberAccount.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void noteActivity(long memberId, LocalDateTime at) {
        entityManager
                .createNamedQuery("MemberAccount.noteActivity")
                .setParameter("id", memberId)
                .setParameter("at", at)
                .executeUpdate();
    }

    @Override
    public long countIdle(LocalDateTime idleBefore, LocalDateTime agreementEndsBefore) {
        return entityManager
                .createNamedQuery("MemberAccount.countIdle", Long.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("idleBefore", idleBefore)
                .setParameter("agreementEndsBefore", agreementEndsBefore)
                .getSingleResult();
    }

    @Override
    public List<IdleMember> idle(
            LocalDateTime idleBefore,
            LocalDateTime agreementEndsBefore,
            LocalDateTime afterLastActiveAt,
            long afterId,
            int max) {
        List<IdleMember> idle = new ArrayList<>(
                idleRange("MemberAccount.idleAtCursorTime", idleBefore, agreementEndsBefore, afterLastActiveAt, max)
                        .setParameter("afterId", afterId)
                        .getResultList()
                        .stream()
                        .map(JpaMembers::idleMember)
                        .toList());
        if (idle.size() < max) {
            idleRange("MemberAccount.idleAfterCursorTime", idleBefore, agreementEndsBefore, afterLastActiveAt, max)
                    .setMaxResults(max - idle.size())
                    .getResultList()
                    .stream()
                    .map(JpaMembers::idleMember)
                    .forEach(idle::add);
        }
        return idle;
    }

    private TypedQuery<Object[]> idleRange(
            String query,
            LocalDateTime idleBefore,
            LocalDateTime agreementEndsBefore,
            LocalDateTime afterLastActiveAt,
            int max) {
        return entityManager
                .createNamedQuery(query, Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("idleBefore", idleBefore)
                .setParameter("agreementEndsBefore", agreementEndsBefore)
                .setParameter("afterAt", afterLastActiveAt)
                .setMaxResults(max);
    }

    @Override
    public List<Addressee> activeAfter(long afterId, int max) {
        return entityManager
                .createNamedQuery("MemberAccount.activeAfter", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("afterId", afterId)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new Addressee((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private static IdleMember idleMember(Object[] row) {
        return new IdleMember(
                (Long) row[0], (String) row[1], (String) row[2], (LocalDateTime) row[3], (LocalDateTime) row[4]);
    }

    @Override
    public Optional<MemberAccount> accountByVerificationToken(String tokenHash) {
        return entityManager
                .createNamedQuery("MemberAccount.findByVerificationToken", MemberAccount.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<MemberAccount> accountByRestoreToken(String tokenHash) {
        return entityManager
                .createNamedQuery("MemberAccount.findByRestoreToken", MemberAccount.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<MemberAccount> accountByEmailChangeToken(String tokenHash) {
        return byToken("MemberAccount.findByEmailChangeToken", tokenHash);
    }

    @Override
    public Optional<MemberAccount> accountByResetToken(String tokenHash) {
        return byToken("MemberAccount.findByResetToken", tokenHash);
    }

    private Optional<MemberAccount> byToken(String query, String tokenHash) {
        return entityManager
                .createNamedQuery(query, MemberAccount.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Integer> sessionGenerationOf(long memberId) {
        return entityManager
                .createNamedQuery("MemberAccount.sessionGenerationOf", Integer.class)
                .setParameter("id", memberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countUnverifiedBefore(LocalDateTime threshold) {
        return entityManager
                .createNamedQuery("MemberAccount.countUnverifiedBefore", Long.class)
                .setParameter("pending", INCOMPLETE_SIGN_UPS)
                .setParameter("threshold", threshold)
                .getSingleResult();
    }

    @Override
    public List<Object[]> unverifiedBefore(LocalDateTime threshold, int max) {
        return entityManager
                .createNamedQuery("MemberAccount.unverifiedBefore", Object[].class)
                .setParameter("pending", INCOMPLETE_SIGN_UPS)
                .setParameter("threshold", threshold)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<MemberListing> search(SearchBy by, String prefix, int first, int max) {
        String column = switch (by) {
            case EMAIL -> "a.EMAIL";
            case NAME -> "p.NAME";
            case PHONE -> "p.MOBILE_DIGITS";
        };
        // Exactly the columns of the searched index, of its own table: Derby then reads the index in order and stops
        // after the page; ordering by a.ID (the other table) or by EMAIL, ID made it sort every match
        // (docs/member-search.md).
        String order = by == SearchBy.EMAIL ? column : column + ", p.MEMBER_ID";
        // A range rather than LIKE: it needs no escaping of % and _, and the index serves it whatever the input.
        List<?> rows = entityManager
                .createNativeQuery("SELECT a.ID, a.EMAIL, p.NAME, p.MOBILE_PHONE, a.STATUS, "
                        + "a.JOINED_AT FROM MEMBER_ACCOUNT a JOIN BASIC_PROFILE p ON p.MEMBER_ID = a.ID "
                        + "WHERE " + column + " >= ? AND " + column + " < ? ORDER BY " + order + " "
                        + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .setParameter(1, prefix)
                .setParameter(2, prefix + Character.MAX_VALUE)
                .setParameter(3, first)
                .setParameter(4, max)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new MemberListing(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        MemberStatus.valueOf((String) row[4]),
                        ((Timestamp) row[5]).toLocalDateTime()))
                .toList();
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
    public List<MemberAccount> accounts(Collection<Long> memberIds) {
        return memberIds.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery("SELECT a FROM MemberAccount a WHERE a.id IN :ids", MemberAccount.class)
                        .setParameter("ids", memberIds)
                        .getResultList();
    }

    @Override
    public List<BasicProfile> basicProfiles(Collection<Long> memberIds) {
        return ofMembers(BasicProfile.class, memberIds);
    }

    @Override
    public List<OptionalSettings> optionalSettings(Collection<Long> memberIds) {
        return ofMembers(OptionalSettings.class, memberIds);
    }

    @Override
    public List<ApplicationForm> applicationForms(Collection<Long> memberIds) {
        return ofMembers(ApplicationForm.class, memberIds);
    }

    private <T> List<T> ofMembers(Class<T> category, Collection<Long> memberIds) {
        return memberIds.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "SELECT c FROM " + category.getSimpleName() + " c WHERE c.memberId IN :ids", category)
                        .setParameter("ids", memberIds)
                        .getResultList();
    }

    @Override
    public void remove(long memberId) {
        entityManager.remove(basicProfile(memberId));
        entityManager.remove(optionalSettings(memberId));
        entityManager.remove(applicationForm(memberId));
        // A child's legal representative goes with the child's account (policy §9): the consent records keep the proof.
        LegalRepresentative representative = entityManager.find(LegalRepresentative.class, memberId);
        if (representative != null) {
            entityManager.remove(representative);
        }
        // The categories refer to the account; without relationships mapped, JPA does not order the deletes.
        entityManager.flush();
        entityManager.remove(entityManager.find(MemberAccount.class, memberId));
    }

    @Override
    public void removeCategories(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        // Bulk deletes, straight to the store: the chunk reads none of these rows again.
        for (Class<?> category :
                List.of(BasicProfile.class, OptionalSettings.class, ApplicationForm.class, LegalRepresentative.class)) {
            entityManager
                    .createQuery("DELETE FROM " + category.getSimpleName() + " c WHERE c.memberId IN :ids")
                    .setParameter("ids", memberIds)
                    .executeUpdate();
        }
    }

    @Override
    public void recordWithdrawal(WithdrawalRecord withdrawal) {
        entityManager.persist(withdrawal);
        // Written now, not at commit: a refusal then fails the audited call, which records it as an error.
        entityManager.flush();
    }

    @Override
    public long countWithdrawalRecordsBefore(LocalDateTime threshold) {
        return WITHDRAWAL_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyWithdrawalRecordsBefore(LocalDateTime threshold, int max) {
        return WITHDRAWAL_RECORDS.destroyBefore(store, threshold, max);
    }
}
