/**
 * The dataset services behind the API, the building (pseudonyms, generalisation, k-anonymity) as plain logic, the JDBC
 * repositories and the retention rule that destroys a dataset a year after it was built.
 */
package dev.pims.deidentification.internal;
