package dev.pims.partners;

import dev.pims.membership.CareField;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A provision the law requires (policy §3C: "in accordance with the provisions of the law or for the purpose of
 * investigation"), as the privacy officer records it: the authority, the legal basis, the reference of its document
 * (warrant, written request), the member and the items, and whether the member may be told, and if only later, from
 * when.
 */
public class LegalRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 200, message = "{pims.field.tooLong}")
    private String authority;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 500, message = "{pims.field.tooLong}")
    private String legalBasis;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 200, message = "{pims.field.tooLong}")
    private String documentReference;

    @NotNull(message = "{pims.field.required}")
    @Positive(message = "{pims.legal.memberId}")
    private Long memberId;

    @NotNull(message = "{pims.partner.items.required}")
    @NotEmpty(message = "{pims.partner.items.required}")
    private List<CareField> items = new ArrayList<>();

    private boolean memberMayBeTold = true;

    /** When the law forbids telling the member for a time: not before this day. */
    private LocalDate withheldUntil;

    @AssertTrue(message = "{pims.partner.items.providable}")
    public boolean isEveryItemProvidable() {
        return items == null || items.stream().allMatch(ProvidableItems::includes);
    }

    /** A day to tell from only makes sense when the member may be told at all. */
    @AssertTrue(message = "{pims.legal.withheldUntil}")
    public boolean isWithheldOnlyWhenToldLater() {
        return withheldUntil == null || memberMayBeTold;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public List<CareField> getItems() {
        return items;
    }

    public void setItems(List<CareField> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public boolean isMemberMayBeTold() {
        return memberMayBeTold;
    }

    public void setMemberMayBeTold(boolean memberMayBeTold) {
        this.memberMayBeTold = memberMayBeTold;
    }

    public LocalDate getWithheldUntil() {
        return withheldUntil;
    }

    public void setWithheldUntil(LocalDate withheldUntil) {
        this.withheldUntil = withheldUntil;
    }
}
