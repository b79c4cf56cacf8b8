/**
 * The member-search benchmark (policy §7B, member care over a million members): loads synthetic members into an
 * embedded Derby migrated by PIMS's own Flyway scripts and times the first page of a handler's search together with
 * the SEARCH access record that names the members shown. Never part of the product or of {@code ./pims test}.
 */
package dev.pims.bench.search;
