package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.DormancySettings;
import dev.pims.membership.DormantAccounts;
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
import java.util.Optional;

/**
 * Moves idle members' data to the separated store's dormant area, in the caller's transaction over both stores (XA, as
 * a withdrawal): the sealed row written, the categories deleted, the account turned into its stub, all committed
 * together or not at all. The audit road lets PIMS through; this bean refuses every separation that arrives with an
 * HTTP request, since no person makes an account dormant.
 */
@Stateless
@PermitAll
public class DefaultDormantAccounts implements DormantAccounts {

    @Inject
    private Members members;

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
                DataCategory.APPLICATION_FORM
            })
    public Separation separate(List<Due> due, LocalDateTime at) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Accounts become dormant by PIMS itself only.");
        }
        DormancySettings settings = DormancySettings.fromConfig();
        List<Long> separated = new ArrayList<>();
        List<Long> passedOver = new ArrayList<>();
        for (Due member : due) {
            Optional<MemberAccount> account = members.account(member.memberId())
                    .filter(found -> found.isDormantAt(member.idleSince(), at, settings.idleBeforeDormancy()));
            if (account.isEmpty()) {
                passedOver.add(member.memberId());
                continue;
            }
            MemberAccount stub = account.get();
            separatedStore.keepDormant(separation.dormant(stub, members.detailsOf(stub.getId()), at));
            members.removeCategories(stub.getId());
            stub.becomeDormant(addressKey.fingerprints().ofDormantAccount(stub.getEmail()));
            separated.add(stub.getId());
        }
        return new Separation(separated, passedOver);
    }
}
