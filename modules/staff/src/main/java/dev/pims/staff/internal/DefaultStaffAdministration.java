package dev.pims.staff.internal;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import dev.pims.shared.Principals;
import dev.pims.staff.RightsChangeKind;
import dev.pims.staff.StaffAdministration;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffRole;
import dev.pims.staff.StaffSummary;
import dev.pims.staff.domain.AccessRightsRecord;
import dev.pims.staff.domain.AccessRightsRecords;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The privacy officer's designation of staff (safety-measures standard Arts. 5-6), for the privacy officer only.
 * Each change and its access-rights records commit together, or neither does. Staff accounts hold no member data,
 * so this service stays off the audited road of {@code @PersonalDataAccess}; its own record is the access-rights
 * history.
 */
@Stateless
@RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultStaffAdministration implements StaffAdministration {

    @Inject
    private StaffAccounts staff;

    @Inject
    private AccessRightsRecords records;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    @Override
    public List<StaffSummary> allStaff() {
        return staff.all().stream().map(StaffAccount::toSummary).toList();
    }

    @Override
    public StaffSummary staffMember(long id) {
        return existing(id).toSummary();
    }

    @Override
    public String create(String loginId, Set<StaffRole> roles, Set<DataCategory> categories, String reason) {
        if (staff.byLoginId(loginId).isPresent()) {
            throw new StaffRefusal(StaffRefusal.Reason.LOGIN_ID_TAKEN);
        }
        String password = OneTimePasswords.madeUp();
        LocalDateTime now = now();
        StaffAccount account =
                new StaffAccount(loginId, passwords.hash(password), EnumSet.noneOf(StaffRole.class), now);
        account.changeRights(roles, categories);
        staff.add(account);
        record(now, loginId, RightsChangeKind.ACCOUNT_CREATED, null, reason);
        recordChanges(now, account, Set.of(), Set.of(), reason);
        return password;
    }

    @Override
    public void changeRights(long id, Set<StaffRole> roles, Set<DataCategory> categories, String reason) {
        StaffAccount account = othersAccount(id);
        Set<StaffRole> rolesBefore = account.getRoles();
        Set<DataCategory> categoriesBefore = account.getCategories();
        if (rolesBefore.equals(roles) && categoriesBefore.equals(categories)) {
            return;
        }
        account.changeRights(roles, categories);
        recordChanges(now(), account, rolesBefore, categoriesBefore, reason);
    }

    @Override
    public void remove(long id, String reason) {
        StaffAccount account = othersAccount(id);
        LocalDateTime now = now();
        recordDifferences(
                now,
                account.getLoginId(),
                account.getRoles(),
                Set.of(),
                RightsChangeKind.ROLE_GRANTED,
                RightsChangeKind.ROLE_REVOKED,
                reason);
        recordDifferences(
                now,
                account.getLoginId(),
                account.getCategories(),
                Set.of(),
                RightsChangeKind.CATEGORY_GRANTED,
                RightsChangeKind.CATEGORY_REVOKED,
                reason);
        record(now, account.getLoginId(), RightsChangeKind.ACCOUNT_REMOVED, null, reason);
        staff.remove(account);
    }

    @Override
    public void resetSecondFactor(long id, String reason) {
        StaffAccount account = othersAccount(id);
        account.resetSecondFactor();
        record(now(), account.getLoginId(), RightsChangeKind.SECOND_FACTOR_RESET, null, reason);
    }

    private StaffAccount existing(long id) {
        return staff.byId(id).orElseThrow(() -> new StaffRefusal(StaffRefusal.Reason.NO_SUCH_STAFF));
    }

    /** The officer's own rights are changed by another officer, so that nobody grants themselves more. */
    private StaffAccount othersAccount(long id) {
        StaffAccount account = existing(id);
        String own = Principals.staffLoginIdOf(actor()).orElse(null);
        if (account.getLoginId().equals(own)) {
            throw new StaffRefusal(StaffRefusal.Reason.OWN_ACCOUNT);
        }
        return account;
    }

    /** One record for each role and category the account gained or lost, compared with the rights it had before. */
    private void recordChanges(
            LocalDateTime at,
            StaffAccount account,
            Set<StaffRole> rolesBefore,
            Set<DataCategory> categoriesBefore,
            String reason) {
        recordDifferences(
                at,
                account.getLoginId(),
                rolesBefore,
                account.getRoles(),
                RightsChangeKind.ROLE_GRANTED,
                RightsChangeKind.ROLE_REVOKED,
                reason);
        recordDifferences(
                at,
                account.getLoginId(),
                categoriesBefore,
                account.getCategories(),
                RightsChangeKind.CATEGORY_GRANTED,
                RightsChangeKind.CATEGORY_REVOKED,
                reason);
    }

    private <R extends Enum<R>> void recordDifferences(
            LocalDateTime at,
            String target,
            Set<R> before,
            Set<R> after,
            RightsChangeKind granted,
            RightsChangeKind revoked,
            String reason) {
        after.stream()
                .filter(right -> !before.contains(right))
                .sorted()
                .forEach(right -> record(at, target, granted, right.name(), reason));
        before.stream()
                .filter(right -> !after.contains(right))
                .sorted()
                .forEach(right -> record(at, target, revoked, right.name(), reason));
    }

    private void record(LocalDateTime at, String target, RightsChangeKind kind, String rightName, String reason) {
        records.add(new AccessRightsRecord(at, actor(), target, kind, rightName, reason.strip()));
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
