package dev.pims.deidentification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The privacy officer's order for a de-identified dataset: what it is for (the report says so), the k every class of
 * quasi-identifiers must reach (at least {@value #K_MIN}, the policy's floor), the period of the uses and how coarsely
 * their time is told.
 */
public class DatasetRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The policy's floor: no class of fewer than five members, whatever the officer asks. */
    public static final int K_MIN = 5;

    public static final int K_MAX = 100;
    public static final int PURPOSE_MIN = 10;
    public static final int PURPOSE_MAX = 500;

    /** A year of uses at most: more says nothing more about the purpose and only widens what could be linked. */
    public static final int PERIOD_MAX_DAYS = 366;

    @NotBlank(message = "{pims.deid.purpose.required}")
    @Size(min = PURPOSE_MIN, max = PURPOSE_MAX, message = "{pims.deid.purpose.size}")
    @Pattern(regexp = "[^<>\\p{Cc}]*", message = "{pims.field.plainText}")
    private String purpose;

    @NotNull(message = "{pims.deid.k.range}")
    @Min(value = K_MIN, message = "{pims.deid.k.range}")
    @Max(value = K_MAX, message = "{pims.deid.k.range}")
    private Integer k = K_MIN;

    @NotNull(message = "{pims.deid.firstDay.required}")
    private LocalDate firstDay;

    @NotNull(message = "{pims.deid.lastDay.required}")
    private LocalDate lastDay;

    @NotNull(message = "{pims.deid.granularity.required}")
    private TimeGranularity granularity = TimeGranularity.DAY;

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getK() {
        return k;
    }

    public void setK(Integer k) {
        this.k = k;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public TimeGranularity getGranularity() {
        return granularity;
    }

    public void setGranularity(TimeGranularity granularity) {
        this.granularity = granularity;
    }
}
