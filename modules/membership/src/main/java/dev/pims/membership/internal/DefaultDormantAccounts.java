package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.DormancySettings;
import dev.pims.membership.DormantAccounts;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves idle members' data to the separated store's dormant area, in the caller's transaction over both stores (XA, as
 * a withdrawal): the sealed rows written, the categories deleted, the accounts turned into their stubs, all committed
 * together or not at all. A chunk is read and written in a few statements, not a few per member: one query for the
 * accounts and one per category (the legal representatives of children under 14 among them, policy §9), one batch of
 * sealed rows, one DELETE per category, one batch of stub updates. The access record names the legal representative's
 * category only for a chunk that moved one. The audit road lets PIMS through; this bean refuses every separation that
 * arrives with an HTTP request, since no person makes an account dormant.
 */
@Stateless
@PermitAll
public class DefaultDormantAccounts implements DormantAccounts {

    @Inject
    private Members members;

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private SeparatedStore separatedStore;

    @Inject
    private MemberDataSeparation separation;

    @Inject
    private BadUseKey addressKey;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(
            task = AccessTask.SEPARATE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public Separation separate(List<Due> due, LocalDateTime at) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Accounts become dormant by PIMS itself only.");
        }
        DormancySettings settings = DormancySettings.fromConfig();
        Map<Long, MemberAccount> accounts = members
                .accounts(due.stream().map(Due::memberId).toList())
                .stream()
                .collect(Collectors.toMap(MemberAccount::getId, Function.identity()));
        List<MemberAccount> stubs = new ArrayList<>();
        List<Long> passedOver = new ArrayList<>();
        for (Due member : due) {
            MemberAccount account = accounts.get(member.memberId());
            if (account != null && account.isDormantAt(member.idleSince(), at, settings.idleBeforeDormancy())) {
                stubs.add(account);
            } else {
                passedOver.add(member.memberId());
            }
        }
        List<Long> separated = stubs.stream().map(MemberAccount::getId).toList();
        Map<Long, ProfileDetails> details = members.detailsOf(separated);
        Map<Long, LegalRepresentative> children = representatives.ofMembers(separated).stream()
                .collect(Collectors.toMap(LegalRepresentative::getMemberId, Function.identity()));
        separatedStore.keepDormant(stubs.stream()
                .map(stub -> separation.dormant(stub, details.get(stub.getId()), children.get(stub.getId()), at))
                .toList());
        members.removeCategories(separated);
        BadUseFingerprints fingerprints = addressKey.fingerprints();
        stubs.forEach(stub -> stub.becomeDormant(fingerprints.ofDormantAccount(stub.getEmail())));
        return new Separation(separated, passedOver, !children.isEmpty());
    }
}
