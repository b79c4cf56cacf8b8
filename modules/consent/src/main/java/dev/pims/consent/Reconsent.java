package dev.pims.consent;

import java.util.Optional;

/**
 * Re-consent (policy §13, §2B): once a version that changes the items, purposes or recipients of a required consent is
 * in force, each member is asked at the next login to agree to it or to withdraw. A member "has agreed to" a version
 * when the latest consent record of each required purpose gives that purpose under that version or a later one; a
 * member owes a re-consent when a version in force asks for one and is later than a version the member agreed to.
 */
public interface Reconsent {

    /** The version the signed-in member is asked to agree to, if any. */
    Optional<PolicyVersionView> owedByMe();

    /**
     * The signed-in member agrees to the version in force: a consent record for each required purpose, under that
     * version, method {@link ConsentMethod#RECONSENT_PAGE}.
     */
    void agreeToTheVersionInForce();
}
