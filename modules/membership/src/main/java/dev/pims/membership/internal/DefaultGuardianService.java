package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.mail.MailKind;
import dev.pims.membership.ChildProfile;
import dev.pims.membership.GuardianAction;
import dev.pims.membership.GuardianConsented;
import dev.pims.membership.GuardianRefused;
import dev.pims.membership.GuardianRequest;
import dev.pims.membership.GuardianService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.SignUpLapsed;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.shared.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal representative's road (policy §9, §11). Every method is reached by a link mailed to the representative or
 * by the public page where they ask for one, before any login: the access record's actor is the visitor holding the
 * link, its detail names the representative, and its subject is the child.
 */
@Stateless
@PermitAll
public class DefaultGuardianService implements GuardianService {

    static final Duration ACCESS_VALIDITY = Duration.ofMinutes(ACCESS_LINK_MINUTES);

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private Members members;

    @Inject
    private Enrolment enrolment;

    @Inject
    private Withdrawals withdrawals;

    @Inject
    private AccountMail mail;

    @Inject
    private Event<GuardianConsented> consented;

    @Inject
    private Event<GuardianRefused> refused;

    @Inject
    private Event<SignUpLapsed> lapsed;

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE, DataCategory.LEGAL_REPRESENTATIVE})
    public GuardianRequest viewRequest(String token) {
        LegalRepresentative representative = answerable(token);
        long memberId = representative.getMemberId();
        MemberAccount child = members.account(memberId).orElseThrow(IllegalStateException::new);
        return new GuardianRequest(
                memberId,
                members.basicProfile(memberId).getName(),
                child.getEmail(),
                representative.purposes(),
                representative.getLanguage());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = {DataCategory.ACCOUNT, DataCategory.LEGAL_REPRESENTATIVE, DataCategory.CONSENT})
    public GuardianAction consent(String token) {
        LegalRepresentative representative = answerable(token);
        long memberId = representative.getMemberId();
        representative.consent(enrolment.now());
        members.account(memberId).orElseThrow(IllegalStateException::new).guardianConsented();
        consented.fire(new GuardianConsented(
                memberId, representative.purposes(), representative.getName(), representative.getRelationship()));
        return GuardianAction.of(memberId);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DELETE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE,
                DataCategory.CONSENT
            })
    public GuardianAction refuse(String token) {
        LegalRepresentative representative = answerable(token);
        long memberId = representative.getMemberId();
        LocalDateTime now = enrolment.now();
        GuardianRefused refusal =
                new GuardianRefused(memberId, representative.purposes(), representative.getRelationship(), now);
        members.remove(memberId);
        refused.fire(refusal);
        lapsed.fire(new SignUpLapsed(memberId, now));
        return GuardianAction.of(memberId);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.LEGAL_REPRESENTATIVE)
    public GuardianAction requestAccess(String email, String language) {
        LocalDateTime now = enrolment.now();
        List<Long> children = new ArrayList<>();
        for (LegalRepresentative representative : representatives.consentedByEmail(Enrolment.normalized(email))) {
            String token = OneTimeTokens.newToken();
            if (representative.awaitAccess(OneTimeTokens.hashOf(token), now, ACCESS_VALIDITY, Enrolment.RESEND_AFTER)) {
                long memberId = representative.getMemberId();
                mail.send(
                        MailKind.GUARDIAN_ACCESS_LINK,
                        "guardianAccess",
                        representative.getEmail(),
                        language,
                        memberId,
                        members.basicProfile(memberId).getName(),
                        AccountMail.link("/guardian/child", token, language));
                children.add(memberId);
            }
        }
        return new GuardianAction(children);
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
            })
    public ChildProfile viewChild(String token) {
        MemberAccount child = childBy(token);
        return new ChildProfile(child.getId(), child.getEmail(), child.getJoinedAt(), members.detailsOf(child.getId()));
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = {
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public GuardianAction correctChild(String token, ProfileDetails change) {
        long memberId = childBy(token).getId();
        members.basicProfile(memberId).takeFrom(change);
        members.optionalSettings(memberId).takeFrom(change);
        members.applicationForm(memberId).takeFrom(change);
        return GuardianAction.of(memberId);
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
            })
    public GuardianAction withdrawChild(String token) {
        MemberAccount child = childBy(token);
        withdrawals.withdraw(child, WithdrawalRecord.Channel.LEGAL_REPRESENTATIVE);
        return GuardianAction.of(child.getId());
    }

    private LegalRepresentative answerable(String token) {
        return representatives
                .byConsentToken(OneTimeTokens.hashOf(token))
                .filter(representative -> representative.mayAnswer(enrolment.now()))
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_GUARDIAN_LINK));
    }

    /** The child of a live access link, whose account is active (a dormant child's data waits in the separated store). */
    private MemberAccount childBy(String token) {
        return representatives
                .byAccessToken(OneTimeTokens.hashOf(token))
                .filter(representative -> representative.mayAct(enrolment.now()))
                .flatMap(representative -> members.account(representative.getMemberId()))
                .filter(MemberAccount::isActive)
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_GUARDIAN_LINK));
    }
}
