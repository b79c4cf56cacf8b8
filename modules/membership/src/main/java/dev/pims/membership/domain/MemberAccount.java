package dev.pims.membership.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The member's account information (policy §2A(1): e-mail address and password, kept only as a PBKDF2 hash) and
 * the state of its e-mail verification, of an e-mail change and of a forgotten password (one-time links, {@link
 * OneTimeLink}).
 * <p>
 * A dormant account (policy §4C) is a stub: its id, status, password hash, language and times stay, so that the member
 * can log in and bring the data back; instead of the address {@code EMAIL} holds a keyed hash of it, prefixed so that it
 * can never be an address (see {@code membership.internal.DormantAddresses}).
 */
@PersonalData(DataCategory.ACCOUNT)
@Entity
@Table(name = "MEMBER_ACCOUNT")
@NamedQuery(name = "MemberAccount.findByEmail", query = "SELECT a FROM MemberAccount a WHERE a.email = :email")
@NamedQuery(
        name = "MemberAccount.findByVerificationToken",
        query = "SELECT a FROM MemberAccount a WHERE a.verification.tokenHash = :tokenHash")
@NamedQuery(
        name = "MemberAccount.findByRestoreToken",
        query = "SELECT a FROM MemberAccount a WHERE a.restore.tokenHash = :tokenHash")
@NamedQuery(
        name = "MemberAccount.findByEmailChangeToken",
        query = "SELECT a FROM MemberAccount a WHERE a.emailChange.tokenHash = :tokenHash")
@NamedQuery(
        name = "MemberAccount.findByResetToken",
        query = "SELECT a FROM MemberAccount a WHERE a.reset.tokenHash = :tokenHash")
@NamedQuery(
        name = "MemberAccount.sessionGenerationOf",
        query = "SELECT a.sessionGeneration FROM MemberAccount a WHERE a.id = :id")
// Sign-ups never completed (not verified, or a child's representative never consented) by the index
// MEMBER_ACCOUNT_PENDING (status, sign-up time, id), for their retention rule.
@NamedQuery(
        name = "MemberAccount.countUnverifiedBefore",
        query = "SELECT COUNT(a) FROM MemberAccount a WHERE a.status IN :pending AND a.joinedAt < :threshold")
@NamedQuery(
        name = "MemberAccount.unverifiedBefore",
        query = "SELECT a.id, a.joinedAt FROM MemberAccount a WHERE a.status IN :pending AND a.joinedAt < :threshold"
                + " ORDER BY a.joinedAt, a.id")
@NamedQuery(name = "MemberAccount.statusOf", query = "SELECT a.status FROM MemberAccount a WHERE a.id = :id")
// Only STATUS is read: Derby counts it from the index MEMBER_ACCOUNT_IDLE, whose first column it is.
@NamedQuery(
        name = "MemberAccount.countByStatus",
        query = "SELECT a.status, COUNT(a) FROM MemberAccount a GROUP BY a.status")
@NamedQuery(
        name = "MemberAccount.noteActivity",
        query = "UPDATE MemberAccount a SET a.lastActiveAt = :at WHERE a.id = :id AND a.lastActiveAt < :at")
@NamedQuery(
        name = "MemberAccount.countIdle",
        query = "SELECT COUNT(a) FROM MemberAccount a WHERE a.status = :active AND a.lastActiveAt < :idleBefore"
                + " AND (a.keepActiveUntil IS NULL OR a.keepActiveUntil < :agreementEndsBefore)")
// The idle members after a cursor, as two index ranges of MEMBER_ACCOUNT_IDLE that Derby can start at the cursor: the
// rest of the cursor's own time by id, then the later times. One range with "time > t OR (time = t AND id > i)" starts
// at the time only, and rereads every member of that time at each chunk.
@NamedQuery(
        name = "MemberAccount.idleAtCursorTime",
        query = "SELECT a.id, a.email, a.language, a.lastActiveAt, a.keepActiveUntil FROM MemberAccount a"
                + " WHERE a.status = :active AND a.lastActiveAt = :afterAt AND a.id > :afterId"
                + " AND a.lastActiveAt < :idleBefore"
                + " AND (a.keepActiveUntil IS NULL OR a.keepActiveUntil < :agreementEndsBefore)"
                + " ORDER BY a.lastActiveAt, a.id")
@NamedQuery(
        name = "MemberAccount.idleAfterCursorTime",
        query = "SELECT a.id, a.email, a.language, a.lastActiveAt, a.keepActiveUntil FROM MemberAccount a"
                + " WHERE a.status = :active AND a.lastActiveAt > :afterAt AND a.lastActiveAt < :idleBefore"
                + " AND (a.keepActiveUntil IS NULL OR a.keepActiveUntil < :agreementEndsBefore)"
                + " ORDER BY a.lastActiveAt, a.id")
// Active members by id, for a notice every member is mailed (notices, policy §10): walked by the primary key.
@NamedQuery(
        name = "MemberAccount.activeAfter",
        query = "SELECT a.id, a.email, a.language FROM MemberAccount a WHERE a.status = :active AND a.id > :afterId"
                + " ORDER BY a.id")
public class MemberAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "EMAIL", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 24)
    private MemberStatus status;

    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    @Column(name = "JOINED_AT", nullable = false)
    private LocalDateTime joinedAt;

    @Column(name = "EMAIL_VERIFIED_AT")
    private LocalDateTime emailVerifiedAt;

    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "VERIFICATION_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "VERIFICATION_EXPIRES_AT"))
    private OneTimeLink verification;

    /** When the member last used the service: a year later the account becomes dormant (policy §4C). */
    @Column(name = "LAST_ACTIVE_AT", nullable = false)
    private LocalDateTime lastActiveAt;

    /** Until when the member agreed to keep the account active however idle (policy §4C); none agreed when null. */
    @Column(name = "KEEP_ACTIVE_UNTIL")
    private LocalDateTime keepActiveUntil;

    /** The one-time link that brings a dormant account back; none when null. */
    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "RESTORE_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "RESTORE_EXPIRES_AT"))
    private OneTimeLink restore;

    /** The address an e-mail change waits to confirm by the link sent to it; none when null. */
    @Column(name = "PENDING_EMAIL", length = 254)
    private String pendingEmail;

    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "EMAIL_CHANGE_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "EMAIL_CHANGE_EXPIRES_AT"))
    private OneTimeLink emailChange;

    /** The one-time link of a forgotten password; none when null. */
    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "RESET_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "RESET_EXPIRES_AT"))
    private OneTimeLink reset;

    /** Grows with every new password: a session signed in under an older generation is ended. */
    @Column(name = "SESSION_GENERATION", nullable = false)
    private int sessionGeneration;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected MemberAccount() {}

    public MemberAccount(
            String email,
            String passwordHash,
            String language,
            LocalDateTime joinedAt,
            String verificationTokenHash,
            LocalDateTime verificationExpiresAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.language = language;
        this.joinedAt = joinedAt;
        this.lastActiveAt = joinedAt;
        this.status = MemberStatus.PENDING_VERIFICATION;
        this.verification = new OneTimeLink(verificationTokenHash, verificationExpiresAt);
    }

    /**
     * @param awaitsGuardian whether the legal representative of a child under 14 has still to consent (policy §9): the
     *     account then waits for that, verified
     * @return whether the link was still valid; a used or expired link verifies nothing.
     */
    public boolean verifyEmail(LocalDateTime now, boolean awaitsGuardian) {
        if (status != MemberStatus.PENDING_VERIFICATION || !OneTimeLink.isOpen(verification, now)) {
            return false;
        }
        status = awaitsGuardian ? MemberStatus.PENDING_GUARDIAN_CONSENT : MemberStatus.ACTIVE;
        emailVerifiedAt = now;
        verification = null;
        return true;
    }

    /**
     * The legal representative consented (policy §9): an account that waited only for that is active; one still waiting
     * for its e-mail verification becomes active at the verification.
     */
    public void guardianConsented() {
        if (status == MemberStatus.PENDING_GUARDIAN_CONSENT) {
            status = MemberStatus.ACTIVE;
        }
    }

    /** Whether the account waits for the consent of a child's legal representative, its address verified. */
    public boolean awaitsGuardian() {
        return status == MemberStatus.PENDING_GUARDIAN_CONSENT;
    }

    /**
     * A new verification link for a sign-up still waiting, replacing the earlier one; refused (false) while the last
     * one was sent less than {@code resendAfter} ago.
     */
    public boolean renewVerification(String tokenHash, LocalDateTime now, Duration validity, Duration resendAfter) {
        if (status != MemberStatus.PENDING_VERIFICATION
                || OneTimeLink.sentWithin(verification, now, validity, resendAfter)) {
            return false;
        }
        verification = new OneTimeLink(tokenHash, now.plus(validity));
        return true;
    }

    /** The member asked to use {@code newEmail}: it replaces the address once the link sent to it is followed. */
    public void awaitEmailChange(String newEmail, String tokenHash, LocalDateTime expiresAt) {
        requireActive();
        pendingEmail = newEmail;
        emailChange = new OneTimeLink(tokenHash, expiresAt);
    }

    /**
     * The link sent to the new address was followed: it becomes the account's address, and the link is spent.
     *
     * @return the address it replaced; empty when the link had expired or the account is not active
     */
    public Optional<String> confirmEmailChange(LocalDateTime now) {
        if (status != MemberStatus.ACTIVE || pendingEmail == null || !OneTimeLink.isOpen(emailChange, now)) {
            return Optional.empty();
        }
        String old = email;
        email = pendingEmail;
        pendingEmail = null;
        emailChange = null;
        return Optional.of(old);
    }

    /**
     * A new password: every session signed in before ends (a new generation), and a waiting reset link is void.
     *
     * @return the new session generation, which the session that changed the password keeps
     */
    public int changePassword(String newHash) {
        passwordHash = newHash;
        reset = null;
        return ++sessionGeneration;
    }

    /** A forgotten password's link replaces any earlier one; refused (false) while the last one is that recent. */
    public boolean awaitReset(String tokenHash, LocalDateTime now, Duration validity, Duration resendAfter) {
        if (status != MemberStatus.ACTIVE || OneTimeLink.sentWithin(reset, now, validity, resendAfter)) {
            return false;
        }
        reset = new OneTimeLink(tokenHash, now.plus(validity));
        return true;
    }

    /** Whether the reset link may still be used at {@code now}. */
    public boolean mayReset(LocalDateTime now) {
        return status == MemberStatus.ACTIVE && OneTimeLink.isOpen(reset, now);
    }

    /** The address an e-mail change waits to confirm; null when none waits. */
    public String getPendingEmail() {
        return pendingEmail;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    private void requireActive() {
        if (status != MemberStatus.ACTIVE) {
            throw new IllegalStateException("Only an active account changes, not one " + status);
        }
    }

    /** The member used the service at {@code at}; an earlier time than the one known changes nothing. */
    public void noteActivity(LocalDateTime at) {
        if (at.isAfter(lastActiveAt)) {
            lastActiveAt = at;
        }
    }

    /**
     * The member has not used the service since {@code at}, even if a later activity was noted: only for the demo's
     * history, whose members were enrolled today and must look idle for months.
     */
    public void idleSince(LocalDateTime at) {
        lastActiveAt = at;
    }

    /**
     * The sign-up happened at {@code at}, its link expiring a day later: only for the demo's history, whose sign-ups
     * never verified must be old enough for their retention rule.
     */
    public void signedUpAt(LocalDateTime at) {
        joinedAt = at;
        lastActiveAt = at;
        if (verification != null) {
            verification = new OneTimeLink(verification.getTokenHash(), at.plusDays(1));
        }
    }

    /** The member agreed to keep the account active until {@code until}; a new agreement replaces the last. */
    public void agreeToStayActiveUntil(LocalDateTime until) {
        keepActiveUntil = until;
    }

    /**
     * Whether the account becomes dormant at {@code at}, as the notice of its cycle announced: still active, not used
     * since {@code idleSince} (a login in between began a new cycle), idle for the whole period, and not kept active by
     * an agreement lasting beyond {@code at}.
     */
    public boolean isDormantAt(LocalDateTime idleSince, LocalDateTime at, Duration idlePeriod) {
        return status == MemberStatus.ACTIVE
                && lastActiveAt.equals(idleSince)
                && !lastActiveAt.plus(idlePeriod).isAfter(at)
                && (keepActiveUntil == null || !keepActiveUntil.isAfter(at));
    }

    /**
     * The account becomes a stub: its address leaves for the separated store and only its keyed hash stays, so that a
     * login still finds it. An unfinished verification link is void.
     */
    public void becomeDormant(String addressHash) {
        if (status != MemberStatus.ACTIVE) {
            throw new IllegalStateException("Only an active account becomes dormant, not one " + status);
        }
        status = MemberStatus.DORMANT;
        email = addressHash;
        verification = null;
        pendingEmail = null;
        emailChange = null;
        reset = null;
    }

    /** A new link to bring the dormant account back replaces any earlier one. */
    public void awaitRestore(String tokenHash, LocalDateTime expiresAt) {
        if (status != MemberStatus.DORMANT) {
            throw new IllegalStateException("Only a dormant account is restored, not one " + status);
        }
        restore = new OneTimeLink(tokenHash, expiresAt);
    }

    /** Whether the restore link may still be used at {@code now}: the account dormant and the link not expired. */
    public boolean mayRestore(LocalDateTime now) {
        return status == MemberStatus.DORMANT && OneTimeLink.isOpen(restore, now);
    }

    /**
     * The account is active again with its address back; the restore is its latest activity, so a new cycle begins,
     * and the link is spent.
     */
    public void restore(String address, LocalDateTime now) {
        if (!mayRestore(now)) {
            throw new IllegalStateException("The account " + id + " may not be restored now");
        }
        status = MemberStatus.ACTIVE;
        email = address;
        lastActiveAt = now;
        restore = null;
    }

    /**
     * The dormant account active again with its address back, without a link, only to be withdrawn at once: a
     * withdrawal the member made after coming back, replayed after a restore of a backup that still had the account
     * dormant (policy §7A).
     */
    public void returnToBeWithdrawn(String address) {
        if (status != MemberStatus.DORMANT) {
            throw new IllegalStateException("The account " + id + " is not dormant");
        }
        status = MemberStatus.ACTIVE;
        email = address;
        restore = null;
    }

    public boolean isDormant() {
        return status == MemberStatus.DORMANT;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The same password hashed again with today's parameters, after it matched at a login (policy §7A). */
    public void rehashPassword(String newHash) {
        passwordHash = newHash;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }

    public LocalDateTime getLastActiveAt() {
        return lastActiveAt;
    }

    public LocalDateTime getKeepActiveUntil() {
        return keepActiveUntil;
    }

    public LocalDateTime getEmailVerifiedAt() {
        return emailVerifiedAt;
    }
}
