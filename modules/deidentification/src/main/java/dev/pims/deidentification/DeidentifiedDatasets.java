package dev.pims.deidentification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The privacy officer's de-identified datasets for improving the AI service (policy §1A, §3D): built from the
 * service-usage records of a period and the members' job titles and companies (each read on the audited road), reported
 * on, and signed off by a second officer. The auditors read the reports; nobody reads the rows here (see
 * {@link DatasetCustody}).
 */
public interface DeidentifiedDatasets {

    /**
     * Builds a dataset under a new key: its report, signed off by nobody yet.
     *
     * @throws DatasetRefusal for a period that is not valid or holds too many uses
     */
    DatasetReport build(@NotNull @Valid DatasetRequest request);

    /** Every dataset's report, newest first. */
    List<DatasetReport> reports();

    /**
     * Signs the report off as the calling privacy officer, who must not be its builder.
     *
     * @throws DatasetRefusal when the caller built it, it is signed off already, destroyed or not there
     */
    DatasetReport signOff(long datasetId);

    /** The mapping from companies to industries; a company not in it is OTHER. */
    List<CompanyIndustry> industryMapping();
}
