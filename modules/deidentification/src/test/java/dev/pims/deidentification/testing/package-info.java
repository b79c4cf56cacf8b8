/**
 * The deidentification module's test support, published as its test-jar: what the store holds of a dataset (its rows,
 * its sealed key, its destruction) and datasets placed in the past for retention
 * ({@link dev.pims.deidentification.testing.DatasetStore}).
 */
package dev.pims.deidentification.testing;
