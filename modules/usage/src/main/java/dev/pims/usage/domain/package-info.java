/**
 * The service-usage record and its store. Records are only ever added, and destroyed by the retention rule five years
 * after the use; nothing changes one.
 */
package dev.pims.usage.domain;
