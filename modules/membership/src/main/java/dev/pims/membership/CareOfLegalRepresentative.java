package dev.pims.membership;

/**
 * How an access record says that a child's legal representative acted (policy §9, §11): by a link mailed to their
 * address, before any login, so that the record's actor is the anonymous visitor holding the link, as for a verification;
 * the record's detail names the representative as the one acting.
 */
public final class CareOfLegalRepresentative {

    /** The detail of every access record of a representative's action by a mailed link. */
    public static final String DETAIL = "by the legal representative (mailed link)";

    private CareOfLegalRepresentative() {}
}
