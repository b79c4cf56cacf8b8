/**
 * The partners services behind their interfaces: the registry, the provision with its consent gate, the legal
 * provisions, the member's own provisions and a handler's view of them; the JPA repositories; the retention rule of
 * provision records.
 */
package dev.pims.partners.internal;
