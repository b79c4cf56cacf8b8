/**
 * Third parties (policy §3A–C). The privacy officer keeps the registry of partners ({@link
 * dev.pims.partners.PartnerRegistry}: partner, purpose, items provided, retention at the partner); each active partner
 * is an optional consent of its own at sign-up and on the consent page. A provision ({@link
 * dev.pims.partners.Provisions}) hands the partner's items of the members whose consent to it stands, as one PROVIDE
 * access record naming the partner, and is refused, with a DENIED record, for each member without that consent. A
 * provision the law requires ({@link dev.pims.partners.LegalProvisions}) is recorded with its authority, legal basis
 * and document, also as a PROVIDE record. A member sees the provisions of their data ({@link
 * dev.pims.partners.MyProvisions}), those to authorities where telling is allowed; a handler holding the PROVISION
 * scope sees the same latest ones, an authority's legal basis masked ({@link dev.pims.partners.ProvisionCare}).
 * Provision records are of the category PROVISION, kept five years from the provision.
 */
package dev.pims.partners;
