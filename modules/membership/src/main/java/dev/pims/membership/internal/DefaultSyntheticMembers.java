package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SignUpReceipt;
import dev.pims.membership.SyntheticMembers;
import dev.pims.membership.VisitKind;
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

    /** Who the demo's records of bad use name as their recorder. */
    private static final String DEMO_RECORDER = "demo";

    @Inject
    private Enrolment enrolment;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Members members;

    @Inject
    private Withdrawals withdrawals;

    @Inject
    private Visits visits;

    @Inject
    private BadUseCheck badUse;

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
        refuseHttpRequests();
        MemberAccount account = enrolment.create(form, OneTimeTokens.newToken());
        account.verifyEmail(enrolment.now(), false);
        return new SignUpReceipt(account.getId());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            })
    public SignUpReceipt signUpUnverifiedAsOf(SignUpForm form, LocalDateTime at) {
        refuseHttpRequests();
        MemberAccount account = enrolment.create(form, OneTimeTokens.newToken());
        account.signedUpAt(at);
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
        refuseHttpRequests();
        withdrawals.withdrawAsOf(account(memberId), WithdrawalRecord.Channel.SELF_SERVICE, withdrawnAt);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.VISIT_RECORD)
    public void visitAsOf(@DataSubject long memberId, LocalDateTime at) {
        refuseHttpRequests();
        account(memberId).noteActivity(at);
        visits.recordAsOf(memberId, VisitKind.LOGIN, at);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public void idleSince(@DataSubject long memberId, LocalDateTime lastActiveAt) {
        refuseHttpRequests();
        account(memberId).idleSince(lastActiveAt);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = {DataCategory.BAD_USE, DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE})
    public void badUseAsOf(@DataSubject long memberId, String reason, LocalDateTime at) {
        refuseHttpRequests();
        MemberAccount account = account(memberId);
        badUse.recordAsOf(
                memberId, account.getEmail(), members.detailsOf(memberId).getMobilePhone(), DEMO_RECORDER, reason, at);
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic members and their history are made by PIMS itself only.");
        }
    }

    private MemberAccount account(long memberId) {
        return members.account(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
    }
}
