package dev.pims.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly inspection of the access log (safety-measures standard Art. 8), for the AUDITOR role only: made on
 * demand here or by the monthly job, reviewed flag by flag, signed off, downloaded as CSV or PDF.
 */
public interface Inspections {

    int NOTE_MAX = 1000;

    /**
     * The report of a month that has ended, made now if there is none yet: calling it again returns the same report,
     * so the monthly job and an auditor may both ask.
     *
     * @throws InspectionRefusal MONTH_NOT_OVER for the current or a later month
     */
    InspectionReportView inspect(@NotNull YearMonth month);

    /** Every report, newest month first. */
    List<InspectionSummary> reports();

    Optional<InspectionReportView> report(@NotNull YearMonth month);

    /** Marks one flag reviewed, with the auditor's note (for a download: the reason confirmed). */
    void review(long flagId, @NotBlank @Size(max = NOTE_MAX) String note);

    /** Signs the report off once every flag is reviewed; it is final afterwards. */
    void signOff(@NotNull YearMonth month, @Size(max = NOTE_MAX) String note);

    byte[] csv(@NotNull YearMonth month);

    /** The report as PDF, labelled in this language (Korean or English). */
    byte[] pdf(@NotNull YearMonth month, @NotNull Locale language);
}
