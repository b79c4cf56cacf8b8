/**
 * Bench only, never in the product WAR: an audited service that does nothing but its access record, and a servlet
 * that measures the audited road and the hash chain inside the server (./pims bench-audit).
 */
package dev.pims.bench.audit;
