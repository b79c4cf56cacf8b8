package dev.pims.membership.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
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

/**
 * The member's account information (policy §2A(1): e-mail address and password, kept only as a PBKDF2 hash) and
 * the state of its e-mail verification.
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
        query = "SELECT a FROM MemberAccount a WHERE a.verificationTokenHash = :tokenHash")
@NamedQuery(
        name = "MemberAccount.findByRestoreToken",
        query = "SELECT a FROM MemberAccount a WHERE a.restoreTokenHash = :tokenHash")
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

    @Column(name = "VERIFICATION_TOKEN_HASH", length = 64)
    private String verificationTokenHash;

    @Column(name = "VERIFICATION_EXPIRES_AT")
    private LocalDateTime verificationExpiresAt;

    /** When the member last used the service: a year later the account becomes dormant (policy §4C). */
    @Column(name = "LAST_ACTIVE_AT", nullable = false)
    private LocalDateTime lastActiveAt;

    /** Until when the member agreed to keep the account active however idle (policy §4C); none agreed when null. */
    @Column(name = "KEEP_ACTIVE_UNTIL")
    private LocalDateTime keepActiveUntil;

    /** SHA-256 of the one-time token of the link that brings a dormant account back; none when null. */
    @Column(name = "RESTORE_TOKEN_HASH", length = 64)
    private String restoreTokenHash;

    @Column(name = "RESTORE_EXPIRES_AT")
    private LocalDateTime restoreExpiresAt;

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
        this.verificationTokenHash = verificationTokenHash;
        this.verificationExpiresAt = verificationExpiresAt;
    }

    /** @return whether the link was still valid; a used or expired link verifies nothing. */
    public boolean verifyEmail(LocalDateTime now) {
        if (status != MemberStatus.PENDING_VERIFICATION || now.isAfter(verificationExpiresAt)) {
            return false;
        }
        status = MemberStatus.ACTIVE;
        emailVerifiedAt = now;
        verificationTokenHash = null;
        verificationExpiresAt = null;
        return true;
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
        verificationTokenHash = null;
        verificationExpiresAt = null;
    }

    /** A new link to bring the dormant account back replaces any earlier one. */
    public void awaitRestore(String tokenHash, LocalDateTime expiresAt) {
        if (status != MemberStatus.DORMANT) {
            throw new IllegalStateException("Only a dormant account is restored, not one " + status);
        }
        restoreTokenHash = tokenHash;
        restoreExpiresAt = expiresAt;
    }

    /** Whether the restore link may still be used at {@code now}: the account dormant and the link not expired. */
    public boolean mayRestore(LocalDateTime now) {
        return status == MemberStatus.DORMANT && restoreExpiresAt != null && !now.isAfter(restoreExpiresAt);
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
        restoreTokenHash = null;
        restoreExpiresAt = null;
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
