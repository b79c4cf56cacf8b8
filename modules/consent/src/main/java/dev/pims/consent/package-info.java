/**
 * Consents (policy §2B, §3A, §1D): every consent given or withdrawn is a record of its own, with the member,
 * the purpose, the policy version, the time, the IP address and the method. The member's view of them lives here.
 * The privacy policy's versions (§13, §14) live here too: drafted and published by the privacy officer, archived for
 * anyone, each consent record pointing at its version, and the re-consent a version may ask of every member.
 */
package dev.pims.consent;
