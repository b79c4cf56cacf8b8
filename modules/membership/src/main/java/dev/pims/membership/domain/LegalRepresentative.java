package dev.pims.membership.domain;

import dev.pims.membership.GuardianDetails;
import dev.pims.membership.GuardianRelationship;
import dev.pims.membership.LegalRepresentativeView;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal representative of a member under 14 (policy §9): name, e-mail address and relationship, given at the
 * child's sign-up. The representative consents or refuses by a one-time link mailed to them (valid as long as the
 * sign-up waits), and later asks for links to view, correct or withdraw for the child (§11). Kept with the child's
 * account and removed with it; the consent records keep the proof of the consent. When the child's account becomes
 * dormant or is withdrawn, the representative's data goes with the child's into the separated store (§4C, §4B).
 */
@PersonalData(DataCategory.LEGAL_REPRESENTATIVE)
@Entity
@Table(name = "LEGAL_REPRESENTATIVE")
@NamedQuery(
        name = "LegalRepresentative.findByConsentToken",
        query = "SELECT r FROM LegalRepresentative r WHERE r.consentLink.tokenHash = :tokenHash")
@NamedQuery(
        name = "LegalRepresentative.findByAccessToken",
        query = "SELECT r FROM LegalRepresentative r WHERE r.accessLink.tokenHash = :tokenHash")
@NamedQuery(
        name = "LegalRepresentative.findConsentedByEmail",
        query = "SELECT r FROM LegalRepresentative r WHERE r.email = :email AND r.consentedAt IS NOT NULL"
                + " ORDER BY r.memberId")
public class LegalRepresentative {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "RELATIONSHIP", nullable = false, length = 30)
    private GuardianRelationship relationship;

    /** The language of the child's sign-up page: the representative's mails are written in it. */
    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    /** The consents the child's sign-up asks of the representative, comma-separated. */
    @Column(name = "PURPOSES", nullable = false, length = 200)
    private String purposes;

    @Column(name = "REQUESTED_AT", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "CONSENTED_AT")
    private LocalDateTime consentedAt;

    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "CONSENT_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "CONSENT_EXPIRES_AT"))
    private OneTimeLink consentLink;

    @Embedded
    @AttributeOverride(name = "tokenHash", column = @Column(name = "ACCESS_TOKEN_HASH", length = 64))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "ACCESS_EXPIRES_AT"))
    private OneTimeLink accessLink;

    protected LegalRepresentative() {}

    public LegalRepresentative(
            long memberId,
            GuardianDetails details,
            String normalizedEmail,
            String language,
            Set<ConsentPurpose> purposes,
            LocalDateTime requestedAt,
            OneTimeLink consentLink) {
        this.memberId = memberId;
        this.name = details.getName().trim();
        this.email = normalizedEmail;
        this.relationship = details.getRelationship();
        this.language = language;
        this.purposes = joined(purposes);
        this.requestedAt = requestedAt;
        this.consentLink = consentLink;
    }

    /**
     * The representative of a dormant child, back from the separated store with the child's data (policy §4C): as they
     * were when the account became dormant, but without any link, which they ask for again.
     */
    public static LegalRepresentative restored(
            long memberId,
            String name,
            String email,
            GuardianRelationship relationship,
            String language,
            Set<ConsentPurpose> purposes,
            LocalDateTime requestedAt,
            LocalDateTime consentedAt) {
        LegalRepresentative representative = new LegalRepresentative();
        representative.memberId = memberId;
        representative.name = name;
        representative.email = email;
        representative.relationship = relationship;
        representative.language = language;
        representative.purposes = joined(purposes);
        representative.requestedAt = requestedAt;
        representative.consentedAt = consentedAt;
        return representative;
    }

    private static String joined(Set<ConsentPurpose> purposes) {
        return purposes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Whether the consent link may still be answered at {@code now}: not answered yet and not expired. */
    public boolean mayAnswer(LocalDateTime now) {
        return consentedAt == null && OneTimeLink.isOpen(consentLink, now);
    }

    /** The representative consented: the link is spent. */
    public void consent(LocalDateTime now) {
        if (!mayAnswer(now)) {
            throw new IllegalStateException("The request for " + memberId + " may not be answered now");
        }
        consentedAt = now;
        consentLink = null;
    }

    /**
     * A new link to act for the child replaces any earlier one, once the representative consented; refused (false)
     * while the last one was sent less than {@code resendAfter} ago, so that nobody can fill their mailbox.
     */
    public boolean awaitAccess(String tokenHash, LocalDateTime now, Duration validity, Duration resendAfter) {
        if (consentedAt == null || OneTimeLink.sentWithin(accessLink, now, validity, resendAfter)) {
            return false;
        }
        accessLink = new OneTimeLink(tokenHash, now.plus(validity));
        return true;
    }

    /** Whether the link to act for the child may still be used at {@code now}. */
    public boolean mayAct(LocalDateTime now) {
        return consentedAt != null && OneTimeLink.isOpen(accessLink, now);
    }

    public boolean hasConsented() {
        return consentedAt != null;
    }

    public Set<ConsentPurpose> purposes() {
        Set<ConsentPurpose> set = EnumSet.noneOf(ConsentPurpose.class);
        Arrays.stream(purposes.split(","))
                .filter(part -> !part.isBlank())
                .map(ConsentPurpose::valueOf)
                .forEach(set::add);
        return set;
    }

    /** What the child sees of the representative (policy §5): the links stay out. */
    public LegalRepresentativeView toView() {
        return new LegalRepresentativeView(name, email, relationship, consentedAt);
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public GuardianRelationship getRelationship() {
        return relationship;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getConsentedAt() {
        return consentedAt;
    }
}
