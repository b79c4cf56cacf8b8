package dev.pims.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the privacy officer writes for a new version of the privacy policy (policy §13, §14). Written by Faces inputs,
 * hence a class with getters and setters.
 */
public class PolicyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Long enough for the whole policy several times over; a CLOB holds it. */
    public static final int TEXT_MAX = 200_000;

    public static final int SUMMARY_MAX = 2000;

    @NotBlank(message = "{pims.policy.textKo.required}")
    @Size(max = TEXT_MAX, message = "{pims.field.tooLong}")
    private String textKo;

    @NotBlank(message = "{pims.policy.textEn.required}")
    @Size(max = TEXT_MAX, message = "{pims.field.tooLong}")
    private String textEn;

    @NotBlank(message = "{pims.policy.summaryKo.required}")
    @Size(max = SUMMARY_MAX, message = "{pims.field.tooLong}")
    private String summaryKo;

    @NotBlank(message = "{pims.policy.summaryEn.required}")
    @Size(max = SUMMARY_MAX, message = "{pims.field.tooLong}")
    private String summaryEn;

    @NotNull(message = "{pims.policy.effectiveOn.required}")
    private LocalDate effectiveOn;

    private boolean reducesRights;

    private boolean asksReconsent;

    public String getTextKo() {
        return textKo;
    }

    public void setTextKo(String textKo) {
        this.textKo = textKo;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getSummaryKo() {
        return summaryKo;
    }

    public void setSummaryKo(String summaryKo) {
        this.summaryKo = summaryKo;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isReducesRights() {
        return reducesRights;
    }

    public void setReducesRights(boolean reducesRights) {
        this.reducesRights = reducesRights;
    }

    public boolean isAsksReconsent() {
        return asksReconsent;
    }

    public void setAsksReconsent(boolean asksReconsent) {
        this.asksReconsent = asksReconsent;
    }
}
