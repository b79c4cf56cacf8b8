package dev.pims.membership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The legal representatives of members under 14 (policy §9), one per child. */
public interface LegalRepresentatives {

    void add(LegalRepresentative representative);

    Optional<LegalRepresentative> ofMember(long memberId);

    /** The representatives of those of these members that have one, in no order: one query, for a chunk of a job. */
    List<LegalRepresentative> ofMembers(Collection<Long> memberIds);

    Optional<LegalRepresentative> byConsentToken(String tokenHash);

    Optional<LegalRepresentative> byAccessToken(String tokenHash);

    /** The representatives with this address who consented for a child, one per child. */
    List<LegalRepresentative> consentedByEmail(String email);
}
