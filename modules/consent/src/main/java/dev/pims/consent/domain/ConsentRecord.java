package dev.pims.consent.domain;

import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentEntry;
import dev.pims.consent.ConsentGiver;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.PartnerConsentEntry;
import dev.pims.shared.ConsentPurpose;
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
import java.time.LocalDateTime;

/**
 * One consent given or withdrawn (policy §2B, §3A): member, purpose, policy version, action, time, IP address and
 * method. Kept with the records of contracts (policy §4B), also after the member withdrew.
 */
@PersonalData(DataCategory.CONSENT)
@Entity
@Table(name = "CONSENT_RECORD")
@NamedQuery(
        name = "ConsentRecord.findByMember",
        query = "SELECT c FROM ConsentRecord c WHERE c.memberId = :memberId ORDER BY c.occurredAt DESC, c.id DESC")
@NamedQuery(
        name = "ConsentRecord.findByPartner",
        query = "SELECT c FROM ConsentRecord c WHERE c.partnerId = :partnerId ORDER BY c.occurredAt DESC, c.id DESC")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 40)
    private ConsentPurpose purpose;

    /** The label of the version: its effective date, as the member's history shows it. */
    @Column(name = "POLICY_VERSION", nullable = false, length = 20)
    private String policyVersion;

    /** The policy version the consent was given or withdrawn under (policy §14). */
    @Column(name = "POLICY_VERSION_ID", nullable = false)
    private Long policyVersionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 10)
    private ConsentAction action;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "CLIENT_IP", nullable = false, length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", nullable = false, length = 20)
    private ConsentMethod method;

    @Column(name = "AGREED_UNTIL")
    private LocalDateTime agreedUntil;

    /** Who answered: the member, or the legal representative of a member under 14 (policy §9). */
    @Enumerated(EnumType.STRING)
    @Column(name = "GIVEN_BY", nullable = false, length = 24)
    private ConsentGiver givenBy = ConsentGiver.MEMBER;

    /**
     * The legal representative who answered, as "name (relationship)"; only the relationship for a refusal, whose
     * sign-up was destroyed with the representative's data; null for the member's own records.
     */
    @Column(name = "REPRESENTATIVE", length = 100)
    private String representative;

    /** The partner a consent to a provision to a third party is given to (policy §3A); null for other purposes. */
    @Column(name = "PARTNER_ID")
    private Long partnerId;

    protected ConsentRecord() {}

    /** The record of a consent to the provision of the member's data to one partner (policy §3A, §3B). */
    public static ConsentRecord forPartner(
            long memberId,
            long partnerId,
            PolicyVersion policyVersion,
            ConsentAction action,
            LocalDateTime occurredAt,
            String clientIp,
            ConsentMethod method) {
        ConsentRecord record = new ConsentRecord(
                memberId,
                ConsentPurpose.THIRD_PARTY_PROVISION,
                policyVersion,
                action,
                occurredAt,
                clientIp,
                method,
                null);
        record.partnerId = partnerId;
        return record;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public long getMemberId() {
        return memberId;
    }

    /** The record as a line of the member's history of consents to partners. */
    public PartnerConsentEntry toPartnerEntry() {
        return new PartnerConsentEntry(partnerId, action, policyVersion, occurredAt, clientIp, method);
    }

    /** @param agreedUntil until when a consent agreed for a period holds; null for one that holds until withdrawn */
    public ConsentRecord(
            long memberId,
            ConsentPurpose purpose,
            PolicyVersion policyVersion,
            ConsentAction action,
            LocalDateTime occurredAt,
            String clientIp,
            ConsentMethod method,
            LocalDateTime agreedUntil) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.policyVersion = policyVersion.label();
        this.policyVersionId = policyVersion.getId();
        this.action = action;
        this.occurredAt = occurredAt;
        this.clientIp = clientIp;
        this.method = method;
        this.agreedUntil = agreedUntil;
    }

    /** The record of an answer of the member's legal representative (policy §9), naming them as {@code representative}. */
    public static ConsentRecord byRepresentative(
            long memberId,
            ConsentPurpose purpose,
            PolicyVersion policyVersion,
            ConsentAction action,
            LocalDateTime occurredAt,
            String clientIp,
            String representative) {
        ConsentRecord record = new ConsentRecord(
                memberId,
                purpose,
                policyVersion,
                action,
                occurredAt,
                clientIp,
                ConsentMethod.GUARDIAN_EMAIL_LINK,
                null);
        record.givenBy = ConsentGiver.LEGAL_REPRESENTATIVE;
        record.representative = representative;
        return record;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public ConsentAction getAction() {
        return action;
    }

    public Long getPolicyVersionId() {
        return policyVersionId;
    }

    /** Whether the record gives its purpose at {@code now}: given, and for a consent agreed for a period, not lapsed. */
    public boolean givesAt(LocalDateTime now) {
        return action == ConsentAction.GIVEN && (agreedUntil == null || agreedUntil.isAfter(now));
    }

    /** The record as a line of the member's consent history. */
    public ConsentEntry toEntry() {
        return new ConsentEntry(purpose, action, policyVersion, occurredAt, clientIp, method, agreedUntil);
    }
}
