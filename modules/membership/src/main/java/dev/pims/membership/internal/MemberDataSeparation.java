package dev.pims.membership.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.DormantMember;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.SeparatedMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * Turns a member's data of every category into the one record the separated store keeps, for a withdrawal and for
 * dormancy, and opens a dormant member's again. The password hash is not kept: nothing in the separated store may be
 * used to log in (policy §6A: used for no other purpose); a dormant account's stays on its stub in the operational
 * store. A child's legal representative (policy §9) goes with the child's data. The data is kept as JSON ({@link MemberDataJson}) sealed by the key ring (safety-measures standard Art. 7),
 * so that the separated store's files alone give none of it away.
 */
@ApplicationScoped
class MemberDataSeparation {

    @Inject
    private KeyRing keys;

    /** Policy §4B: member information is retained one year after withdrawal. */
    static final Period RETENTION_AFTER_WITHDRAWAL = Period.ofYears(1);

    static final String WITHDRAWAL = "WITHDRAWAL";

    /** @param representative the child's legal representative, null for a member without one */
    SeparatedMember separate(
            MemberAccount account, ProfileDetails details, LegalRepresentative representative, LocalDateTime now) {
        return new SeparatedMember(
                account.getId(),
                now,
                now.plus(RETENTION_AFTER_WITHDRAWAL),
                WITHDRAWAL,
                keys.seal(MemberDataJson.of(account, details, representative)));
    }

    /**
     * The account's data as its dormant area keeps it; read before the account becomes a stub.
     *
     * @param representative the child's legal representative, null for a member without one
     */
    DormantMember dormant(
            MemberAccount account, ProfileDetails details, LegalRepresentative representative, LocalDateTime since) {
        return new DormantMember(
                account.getId(), since, keys.seal(MemberDataJson.of(account, details, representative)));
    }

    MemberDataJson.Restored open(DormantMember member) {
        return MemberDataJson.read(keys.open(member.getPersonalData()));
    }
}
