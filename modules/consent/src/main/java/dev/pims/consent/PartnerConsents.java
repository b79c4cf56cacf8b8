package dev.pims.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Set;

/**
 * Consents to the provision of a member's data to a third party (policy §3A, §3B), one per partner of the partners
 * module's registry, each optional and never given unless the member ticks it: at sign-up
 * ({@code membership.MemberSignedUp}) or on the consent page. Their proof is a consent record naming the partner. The
 * consent module knows partners by id only; the caller checks that the partner is on the registry.
 */
public interface PartnerConsents {

    /** The signed-in member's consents to partners as they stand, and their history. */
    MyPartnerConsents viewMine();

    /** The signed-in member consents to the partner; nothing is written when the consent already stands. */
    void giveMine(long partnerId);

    /** The signed-in member withdraws their consent to the partner; nothing is written when none stands. */
    void withdrawMine(long partnerId);

    /**
     * Which of the members' consents to the partner stand now: the privacy officer asks before a provision, which
     * provides nothing of the others.
     */
    Set<Long> consentingAmong(long partnerId, @NotNull @NotEmpty Collection<Long> memberIds);
}
