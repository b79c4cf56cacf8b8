package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SignUpReceipt;
import dev.pims.membership.SyntheticMembers;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The audit road lets PIMS through; this bean refuses every call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticMembers implements SyntheticMembers {

    @Inject
    private Enrolment enrolment;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Members members;

    @Inject
    private Withdrawals withdrawals;

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            })
    public SignUpReceipt enrolVerified(SignUpForm form) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic members are enrolled by PIMS itself only.");
        }
        MemberAccount account = enrolment.enrol(form, VerificationTokens.newToken());
        account.verifyEmail(enrolment.now());
        return new SignUpReceipt(account.getId());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DELETE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            })
    public void withdrawAsOf(@DataSubject long memberId, LocalDateTime withdrawnAt) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic members are withdrawn by PIMS itself only.");
        }
        MemberAccount account =
                members.account(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        withdrawals.withdrawAsOf(account, WithdrawalRecord.Channel.SELF_SERVICE, withdrawnAt);
    }
}
