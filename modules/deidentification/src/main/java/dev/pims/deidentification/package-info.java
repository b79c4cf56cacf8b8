/**
 * De-identified datasets for improving the AI service (policy §1A, §3D): the privacy officer builds one from the
 * service-usage records of a period and the members' generalised job and company, members replaced by keyed
 * pseudonyms and classes of fewer than k members suppressed; a second privacy officer signs its adequacy report off
 * before anyone downloads it ({@link dev.pims.deidentification.DeidentifiedDatasets},
 * {@link dev.pims.deidentification.DatasetCustody}).
 */
package dev.pims.deidentification;
