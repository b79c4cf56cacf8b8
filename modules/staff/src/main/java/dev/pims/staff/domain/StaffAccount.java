package dev.pims.staff.domain;

import dev.pims.keyring.KeyRing;
import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffRole;
import dev.pims.staff.StaffSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One person of staff (policy §7B): a login of their own, never shared, a password of their own kept as a hash, and
 * the roles they are designated for. A new or reset password must be changed at the next login, and so must an
 * expired one. Consecutive failed logins lock the account for a while, each lock in a row twice as long, until it expires
 * or the privacy officer (or the operator, {@code ./pims staff unlock}) unlocks it; the hashes of former
 * passwords are kept so that they cannot come back. A handler sees only the data categories granted to them
 * (safety-measures standard Art. 5: least privilege); every change of roles or categories counts up the rights
 * version, which ends the sessions opened before it.
 */
@Entity
@Table(name = "STAFF_ACCOUNT")
@NamedQuery(name = "StaffAccount.findByLoginId", query = "SELECT s FROM StaffAccount s WHERE s.loginId = :loginId")
@NamedQuery(
        name = "StaffAccount.rightsVersionByLoginId",
        query = "SELECT s.rightsVersion FROM StaffAccount s WHERE s.loginId = :loginId")
@NamedQuery(name = "StaffAccount.all", query = "SELECT s FROM StaffAccount s ORDER BY s.loginId")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LOGIN_ID", nullable = false, unique = true, length = 50)
    private String loginId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_ROLE", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_CATEGORY", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 30)
    private Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);

    @Column(name = "RIGHTS_VERSION", nullable = false)
    private int rightsVersion;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_AT")
    private LocalDateTime lockedAt;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    @Column(name = "LOCKS", nullable = false)
    private int locks;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_PASSWORD_HISTORY", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @OrderBy("retiredAt DESC")
    private List<FormerPassword> formerPasswords = new ArrayList<>();

    @Embedded
    private SecondFactor secondFactor = new SecondFactor();

    @Version
    @Column(name = "VERSION")
    private int version;

    protected StaffAccount() {}

    /** A new account whose first password was handed over, so it must be changed at the first login. */
    public StaffAccount(String loginId, String passwordHash, Set<StaffRole> roles, LocalDateTime createdAt) {
        this.loginId = loginId;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
        this.mustChangePassword = true;
    }

    /** An account whose password the person chose themself (the demo staff), so no change is due at first login. */
    public static StaffAccount withChosenPassword(
            String loginId, String passwordHash, Set<StaffRole> roles, LocalDateTime createdAt) {
        StaffAccount account = new StaffAccount(loginId, passwordHash, roles, createdAt);
        account.mustChangePassword = false;
        return account;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public Set<DataCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
    }

    public int getRightsVersion() {
        return rightsVersion;
    }

    /** The account as the privacy officer's pages show it, without its password hash. */
    public StaffSummary toSummary() {
        return new StaffSummary(id, loginId, roles, categories, createdAt);
    }

    /**
     * Gives the account exactly these rights, and counts up its rights version so that sessions opened under the
     * old rights end.
     *
     * @throws StaffRefusal NO_ROLE for no role at all, CATEGORIES_ONLY_FOR_HANDLERS for categories without the
     *         handler role, AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER for an auditor who would also handle member data or
     *         manage rights (separation of duties)
     */
    public void changeRights(Set<StaffRole> newRoles, Set<DataCategory> newCategories) {
        if (newRoles.isEmpty()) {
            throw new StaffRefusal(StaffRefusal.Reason.NO_ROLE);
        }
        if (newRoles.contains(StaffRole.AUDITOR)
                && (newRoles.contains(StaffRole.HANDLER) || newRoles.contains(StaffRole.PRIVACY_OFFICER))) {
            // Separation of duties: who inspects the access records never makes the accesses nor grants them.
            throw new StaffRefusal(StaffRefusal.Reason.AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER);
        }
        if (!newCategories.isEmpty() && !newRoles.contains(StaffRole.HANDLER)) {
            throw new StaffRefusal(StaffRefusal.Reason.CATEGORIES_ONLY_FOR_HANDLERS);
        }
        roles.clear();
        roles.addAll(newRoles);
        categories.clear();
        categories.addAll(newCategories);
        rightsVersion++;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Whether a lock holds now; a lock that has run out holds no more, and nobody need lift it. */
    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the password must be changed before the roles are given: new, reset, or older than allowed. */
    public boolean passwordChangeDue(LocalDateTime now, int maxAgeDays) {
        return mustChangePassword
                || !passwordChangedAt.plus(Duration.ofDays(maxAgeDays)).isAfter(now);
    }

    /**
     * Counts one more failure in a row.
     *
     * @return whether this failure locked the account
     */
    public boolean failedLogin(int allowedFailures, LocalDateTime now, IntFunction<Duration> lockNumber) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // A lock that has run out begins a new run of failures; the next lock in a row lasts longer.
            lockedAt = null;
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (lockedAt == null && failedLogins >= allowedFailures) {
            locks++;
            lockedAt = now;
            lockedUntil = now.plus(lockNumber.apply(locks));
            return true;
        }
        return false;
    }

    /** The right password ends a run of failures. */
    /**
     * The right password was given; the login waits for a code until then. Failures in a row are not forgotten
     * before the code is right too, so that guessing codes locks the account as guessing passwords does.
     */
    public void passwordAccepted(LocalDateTime awaitCodeUntil) {
        secondFactor.awaitCodeUntil(awaitCodeUntil);
    }

    /** The secret the code of a login in progress is checked against; none without a right password just before. */
    public Optional<String> secretForCodes(LocalDateTime now, KeyRing keys) {
        return secondFactor.awaitsCode(now) ? secondFactor.secretForCodes(keys) : Optional.empty();
    }

    /** The secret to show for enrolment, while a login in progress has no enrolled second factor yet. */
    public Optional<String> offerSecret(LocalDateTime now, Supplier<String> newSecret, KeyRing keys) {
        return secondFactor.awaitsCode(now) && !secondFactor.isEnrolled()
                ? Optional.of(secondFactor.offerSecret(newSecret, keys))
                : Optional.empty();
    }

    /**
     * The code of this time step completed the login.
     *
     * @return whether it also completed an enrolment
     */
    public boolean codeAccepted(long step, LocalDateTime now) {
        failedLogins = 0;
        locks = 0;
        return secondFactor.codeAccepted(step, now);
    }

    /** An account enrolled without a login (the demo staff, whose secrets are printed at start). */
    public void enrolSecondFactor(String secret, LocalDateTime now, KeyRing keys) {
        secondFactor.enrol(secret, now, keys);
    }

    /**
     * Seals the second factor's secrets that a PIMS older than the key ring kept in clear.
     *
     * @return whether any was in clear
     */
    public boolean sealSecondFactor(KeyRing keys) {
        return secondFactor.sealSecretsInClear(keys);
    }

    /**
     * The privacy officer's recovery of a lost authenticator: the next login enrols again, and a session open now
     * ends, as after a change of rights.
     */
    public void resetSecondFactor() {
        secondFactor.reset();
        rightsVersion++;
    }

    /** The enrolled secret, for printing the demo staff's at start; no page shows a secret after enrolment. */
    public Optional<String> enrolledSecret(KeyRing keys) {
        return secondFactor.enrolledSecret(keys);
    }

    public boolean isSecondFactorEnrolled() {
        return secondFactor.isEnrolled();
    }

    /** The time step of the last code accepted; a code of this step or an earlier one is not accepted again. */
    public long lastCodeStep() {
        return secondFactor.getLastStep();
    }

    /**
     * The same password hashed again with today's parameters, after it matched at a login (policy §7A): not a new
     * password, so neither its age nor the remembered ones change.
     */
    public void rehashPassword(String newHash) {
        passwordHash = newHash;
    }

    public void unlock() {
        lockedAt = null;
        lockedUntil = null;
        locks = 0;
        failedLogins = 0;
    }

    /** The hashes of the current password and of the former ones still remembered, newest first. */
    public List<String> latestPasswordHashes() {
        List<String> hashes = new ArrayList<>();
        hashes.add(passwordHash);
        formerPasswords.forEach(former -> hashes.add(former.hash()));
        return hashes;
    }

    /**
     * Sets a new password chosen by the person themself, so it need not be changed again until it expires; the
     * current one joins the remembered ones, of which only the latest are kept.
     */
    public void changePassword(String newHash, LocalDateTime now, int rememberedPasswords) {
        formerPasswords.add(0, new FormerPassword(passwordHash, now));
        while (formerPasswords.size() > Math.max(0, rememberedPasswords - 1)) {
            formerPasswords.remove(formerPasswords.size() - 1);
        }
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = false;
    }
}
