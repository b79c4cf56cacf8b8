package dev.pims.partners.domain;

import dev.pims.membership.CareField;
import dev.pims.partners.LegalRequestForm;
import dev.pims.partners.ProvisionView;
import dev.pims.partners.RecipientKind;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One provision of one member's data to a third party (policy §3): to a partner by the member's consent (§3A, §3B) or
 * to an authority as the law required (§3C), which items, when and by whom. Personal data about the member (category
 * PROVISION), never changed, kept five years from the provision (§4B, as the consent records it rests on).
 */
@PersonalData(DataCategory.PROVISION)
@Entity
@Table(name = "PROVISION_RECORD")
@NamedQuery(
        name = "ProvisionRecord.findByMember",
        query = "SELECT p FROM ProvisionRecord p WHERE p.memberId = :memberId ORDER BY p.providedAt DESC, p.id DESC")
@NamedQuery(
        name = "ProvisionRecord.findByKind",
        query = "SELECT p FROM ProvisionRecord p WHERE p.kind = :kind ORDER BY p.providedAt DESC, p.id DESC")
public class ProvisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "PROVIDED_AT", nullable = false)
    private LocalDateTime providedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private RecipientKind kind;

    @Column(name = "PARTNER_ID")
    private Long partnerId;

    @Column(name = "RECIPIENT", nullable = false, length = 200)
    private String recipient;

    @Column(name = "PURPOSE", nullable = false, length = 500)
    private String purpose;

    @Column(name = "ITEMS", nullable = false, length = 500)
    private String items;

    @Column(name = "RETAINED_BY_RECIPIENT", length = 200)
    private String retainedByRecipient;

    @Column(name = "DOCUMENT_REFERENCE", length = 200)
    private String documentReference;

    @Column(name = "MEMBER_MAY_BE_TOLD", nullable = false)
    private boolean memberMayBeTold;

    @Column(name = "WITHHELD_UNTIL")
    private LocalDateTime withheldUntil;

    @Column(name = "PROVIDED_BY", nullable = false, length = 50)
    private String providedBy;

    protected ProvisionRecord() {}

    /** A provision to a partner by the member's consent: the member is always told. */
    public static ProvisionRecord toPartner(
            long memberId, Partner partner, List<CareField> items, LocalDateTime providedAt, String providedBy) {
        ProvisionRecord record = new ProvisionRecord();
        record.memberId = memberId;
        record.providedAt = providedAt;
        record.kind = RecipientKind.PARTNER;
        record.partnerId = partner.id();
        record.recipient = partner.name();
        record.purpose = partner.purpose();
        record.items = names(items);
        record.retainedByRecipient = partner.retention();
        record.memberMayBeTold = true;
        record.providedBy = providedBy;
        return record;
    }

    /** A provision the law required, as the privacy officer recorded it. */
    public static ProvisionRecord toAuthority(LegalRequestForm form, LocalDateTime providedAt, String providedBy) {
        ProvisionRecord record = new ProvisionRecord();
        record.memberId = form.getMemberId();
        record.providedAt = providedAt;
        record.kind = RecipientKind.AUTHORITY;
        record.recipient = form.getAuthority().trim();
        record.purpose = form.getLegalBasis().trim();
        record.items = names(form.getItems());
        record.documentReference = form.getDocumentReference().trim();
        record.memberMayBeTold = form.isMemberMayBeTold();
        record.withheldUntil =
                form.getWithheldUntil() == null ? null : form.getWithheldUntil().atStartOfDay();
        record.providedBy = providedBy;
        return record;
    }

    private static String names(List<CareField> items) {
        return items.stream().distinct().map(CareField::name).collect(Collectors.joining(","));
    }

    public long memberId() {
        return memberId;
    }

    public ProvisionView toView() {
        return new ProvisionView(
                memberId,
                providedAt,
                kind,
                recipient,
                purpose,
                Arrays.stream(items.split(",")).map(CareField::valueOf).toList(),
                retainedByRecipient,
                documentReference,
                memberMayBeTold,
                withheldUntil);
    }
}
