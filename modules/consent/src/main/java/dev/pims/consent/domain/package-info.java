/**
 * The consent record and the policy version, with their stores. Records are only ever added: the history is the proof
 * of consent, and the database refuses to change one. A published policy version never changes either.
 */
package dev.pims.consent.domain;
