package dev.pims.consent;

import java.util.List;
import java.util.Optional;

/**
 * The published versions of the privacy policy, for anyone (policy §13, §14): public, so not personal data and not
 * audited. Drafts are never shown here.
 */
public interface PolicyArchive {

    /** The version in force today: the published one with the latest effective date not after today. */
    PolicyVersionView inForce();

    /** Every version ever published, the latest effective date first, also those not yet in force. */
    List<PolicyVersionView> published();

    /**
     * Whether any version in force today asks members to consent again (one that changes the items, purposes or
     * recipients of a required consent). If not, no member owes a re-consent, and nobody's consents need be read.
     */
    boolean reconsentAskedByAVersionInForce();

    /** A published version; empty for a draft or an unknown id. */
    Optional<PolicyVersionView> published(long id);
}
