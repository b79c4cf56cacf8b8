package dev.pims.membership.domain;

import java.util.List;
import java.util.Optional;

/** The legal representatives of members under 14 (policy §9), one per child. */
public interface LegalRepresentatives {

    void add(LegalRepresentative representative);

    Optional<LegalRepresentative> ofMember(long memberId);

    Optional<LegalRepresentative> byConsentToken(String tokenHash);

    Optional<LegalRepresentative> byAccessToken(String tokenHash);

    /** The representatives with this address who consented for a child, one per child. */
    List<LegalRepresentative> consentedByEmail(String email);
}
