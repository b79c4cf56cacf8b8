package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubjects;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Withdraws again, after a restore, the members the withdrawal journal says withdrew after the restored backup (policy
 * §4B, §7A), in one transaction over both stores as each withdrawal was: each one the restored stores still hold as
 * an account is withdrawn as journaled (channel and time kept); one already gone was withdrawn before the backup, or
 * again by an earlier attempt of this replay. A member dormant in the backup (who came back and withdrew after it) has
 * the data brought back from the dormant area first, so that it leaves with the rest. One audited DELETE naming the
 * members withdrawn; PIMS itself asks, never an HTTP request.
 */
@Stateless
@PermitAll
public class WithdrawalReplay {

    @Inject
    private Members members;

    @Inject
    private Withdrawals withdrawals;

    @Inject
    private Restorations restorations;

    @Inject
    private RequestOrigin origin;

    /** Whom a replay withdrew again. */
    public record Replayed(List<Long> withdrawn) implements DataSubjects {

        public Replayed {
            withdrawn = List.copyOf(withdrawn);
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return withdrawn;
        }
    }

    @PersonalDataAccess(
            task = AccessTask.DELETE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public Replayed withdrawAgain(List<WithdrawalJournal.Line> journaled) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Withdrawals are replayed by PIMS itself only.");
        }
        List<Long> withdrawn = new ArrayList<>();
        for (WithdrawalJournal.Line line : journaled) {
            Optional<MemberAccount> account = members.account(line.memberId());
            if (account.isEmpty()) {
                continue;
            }
            if (account.get().isDormant()) {
                restorations.bringBackToBeWithdrawn(account.get());
            }
            withdrawals.withdrawAsOf(account.get(), line.channel(), line.withdrawnAt());
            withdrawn.add(line.memberId());
        }
        return new Replayed(withdrawn);
    }
}
