package dev.pims.partners;

import dev.pims.membership.CareField;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the privacy officer registers of a partner (policy §3A: "the business partner and how and when they will be
 * protected / managed"): its name, the purpose of the provision, the items it receives and how long it keeps them.
 */
public class PartnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int PURPOSE_MAX = 500;
    public static final int RETENTION_MAX = 200;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = NAME_MAX, message = "{pims.field.tooLong}")
    private String name;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = PURPOSE_MAX, message = "{pims.field.tooLong}")
    private String purpose;

    @NotNull(message = "{pims.partner.items.required}")
    @NotEmpty(message = "{pims.partner.items.required}")
    private List<CareField> items = new ArrayList<>();

    @NotBlank(message = "{pims.field.required}")
    @Size(max = RETENTION_MAX, message = "{pims.field.tooLong}")
    private String retention;

    /** The legal representative's fields are never provided to a partner. */
    @AssertTrue(message = "{pims.partner.items.providable}")
    public boolean isEveryItemProvidable() {
        return items == null || items.stream().allMatch(ProvidableItems::includes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<CareField> getItems() {
        return items;
    }

    public void setItems(List<CareField> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }
}
