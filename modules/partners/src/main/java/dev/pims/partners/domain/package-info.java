/**
 * The partner of the registry and the provision record, and their repositories. A partner is never deleted (consent
 * and provision records name it); a provision record is never changed, and is destroyed five years after the
 * provision.
 */
package dev.pims.partners.domain;
