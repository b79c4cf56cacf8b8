package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.DormancySettings;
import dev.pims.membership.FailedLogin;
import dev.pims.membership.MemberAgreedToStayActive;
import dev.pims.membership.MemberProfile;
import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.RecordedBadUse;
import dev.pims.membership.RestoredAccount;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SignUpReceipt;
import dev.pims.membership.StayActivePeriod;
import dev.pims.membership.VerifiedEmail;
import dev.pims.membership.Visit;
import dev.pims.membership.Withdrawal;
import dev.pims.membership.domain.BadUseRecord;
import dev.pims.membership.domain.BadUseRecords;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.LoginFailures;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The audit road checks each method's role, so the container lets every caller through to it. */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMemberSelfService implements MemberSelfService {

    @Inject
    private Members members;

    @Inject
    private Enrolment enrolment;

    @Inject
    private CurrentPasswordCheck currentPasswordCheck;

    @Inject
    private Withdrawals withdrawals;

    @Inject
    private CallingMember caller;

    @Inject
    private Visits visits;

    @Inject
    private Event<MemberAgreedToStayActive> stayActiveAgreements;

    @Inject
    private Clock clock;

    @Inject
    private Restorations restorations;

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private BadUseRecords badUse;

    @Inject
    private LoginFailures loginFailures;

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.BAD_USE,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public SignUpReceipt signUp(SignUpForm form) {
        long memberId = enrolment.enrol(form).getId();
        boolean storedRepresentative = form.underFourteen()
                && representatives
                        .ofMember(memberId)
                        .filter(representative -> !representative.hasConsented())
                        .isPresent();
        return new SignUpReceipt(memberId, storedRepresentative);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public VerifiedEmail verifyEmail(String token) {
        MemberAccount account = members.accountByVerificationToken(OneTimeTokens.hashOf(token))
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_VERIFICATION_LINK));
        boolean awaitsGuardian = representatives
                .ofMember(account.getId())
                .map(representative -> !representative.hasConsented())
                .orElse(false);
        if (!account.verifyEmail(enrolment.now(), awaitsGuardian)) {
            throw new MembershipRefusal(Reason.INVALID_VERIFICATION_LINK);
        }
        return new VerifiedEmail(account.getId());
    }

    /**
     * The link is followed before any login, so the access record's actor is the visitor holding the link, as for a
     * verification; the link went to the member's own address, and the record names the member as its subject.
     */
    @Override
    @PersonalDataAccess(
            task = AccessTask.RESTORE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public RestoredAccount restoreDormant(String token) {
        return restorations
                .restore(token, enrolment.now())
                .map(restored -> new RestoredAccount(restored.memberId(), restored.withLegalRepresentative()))
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_RESTORE_LINK));
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.MEMBER_ROLE)
    public MemberProfile viewOwnProfile() {
        long memberId = caller.id();
        MemberAccount account = members.account(memberId).orElseThrow(IllegalStateException::new);
        return new MemberProfile(
                memberId,
                account.getEmail(),
                account.getJoinedAt(),
                account.getEmailVerifiedAt(),
                members.detailsOf(memberId),
                new MemberProfile.Activity(
                        account.getLastActiveAt(),
                        account.getKeepActiveUntil(),
                        DormancySettings.fromConfig()
                                .dormantFrom(account.getLastActiveAt(), account.getKeepActiveUntil())),
                representatives
                        .ofMember(memberId)
                        .map(LegalRepresentative::toView)
                        .orElse(null));
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.VISIT_RECORD, roles = Principals.MEMBER_ROLE)
    public List<Visit> viewOwnVisits() {
        return visits.recentOf(caller.id());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.VISIT_RECORD, roles = Principals.MEMBER_ROLE)
    public List<Visit> viewAllOwnVisits() {
        return visits.allOf(caller.id());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.VISIT_RECORD, roles = Principals.MEMBER_ROLE)
    public List<FailedLogin> viewOwnFailedLogins() {
        return loginFailures.ofMember(caller.id());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.BAD_USE, roles = Principals.MEMBER_ROLE)
    public List<RecordedBadUse> viewOwnBadUseRecords() {
        return badUse.ofMember(caller.id()).stream()
                .map(BadUseRecord::toMembersView)
                .toList();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = {DataCategory.BASIC_PROFILE, DataCategory.OPTIONAL_SETTINGS, DataCategory.APPLICATION_FORM},
            roles = Principals.MEMBER_ROLE)
    public void modifyOwnProfile(ProfileDetails change) {
        long memberId = caller.id();
        members.basicProfile(memberId).takeFrom(change);
        members.optionalSettings(memberId).takeFrom(change);
        members.applicationForm(memberId).takeFrom(change);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = {DataCategory.ACCOUNT, DataCategory.CONSENT},
            roles = Principals.MEMBER_ROLE)
    public LocalDateTime agreeToStayActive(StayActivePeriod period) {
        long memberId = caller.id();
        LocalDateTime until = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusYears(period.years());
        members.account(memberId).orElseThrow(IllegalStateException::new).agreeToStayActiveUntil(until);
        stayActiveAgreements.fire(new MemberAgreedToStayActive(memberId, period, until));
        return until;
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DELETE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.MEMBER_ROLE)
    public Withdrawal withdraw(String currentPassword) {
        long memberId = caller.id();
        MemberAccount account = members.account(memberId).orElseThrow(IllegalStateException::new);
        currentPasswordCheck.require(account, currentPassword);
        return withdrawals.withdraw(account, WithdrawalRecord.Channel.SELF_SERVICE);
    }
}
