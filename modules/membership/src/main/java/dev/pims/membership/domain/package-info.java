/**
 * A member's personal data, one entity per category of policy §2A(1), the withdrawal record, and the separated
 * store where data whose purpose is achieved waits for destruction (policy §6A). Reached only through the audited
 * services of this module.
 */
package dev.pims.membership.domain;
