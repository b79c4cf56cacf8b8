/**
 * Consents (policy §2B, §3A, §1D): every consent given or withdrawn is a record of its own, with the member,
 * the purpose, the policy version, the time, the IP address and the method. The member's view of them lives here.
 */
package dev.pims.consent;
