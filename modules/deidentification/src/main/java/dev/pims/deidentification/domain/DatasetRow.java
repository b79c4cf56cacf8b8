package dev.pims.deidentification.domain;

import dev.pims.deidentification.JobFamily;
import dev.pims.membership.Industry;
import dev.pims.usage.UsageKind;
import java.util.List;

/**
 * One use in a de-identified dataset: the member's keyed pseudonym, the quasi-identifiers generalised (job family,
 * industry, period) and the kind of use. Nothing in it names the member without the dataset's key.
 */
public record DatasetRow(String pseudonym, JobFamily jobFamily, Industry industry, String period, UsageKind usageKind) {

    /** The file's header, in the order of {@link #fields()}. */
    public static final List<String> HEADER = List.of("pseudonym", "job_family", "industry", "period", "usage_kind");

    /** The equivalence class of the row: the values of its quasi-identifiers. */
    public record QuasiIdentifiers(JobFamily jobFamily, Industry industry, String period) {}

    public QuasiIdentifiers quasiIdentifiers() {
        return new QuasiIdentifiers(jobFamily, industry, period);
    }

    public List<String> fields() {
        return List.of(pseudonym, jobFamily.name(), industry.name(), period, usageKind.name());
    }
}
