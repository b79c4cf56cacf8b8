package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.membership.MemberSignedUp;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.domain.ApplicationForm;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.OptionalSettings;
import dev.pims.shared.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates a member in waiting from a sign-up form: the account, every category of data, the consents given (recorded
 * through {@link MemberSignedUp}, in the same transaction) and the verification mail. A form whose e-mail address or mobile number
 * matches a live record of bad use is refused (policy §2A(2)). A child under 14 also names a legal representative, who is
 * asked by mail to consent (policy §9, {@link Guardianship}).
 */
@ApplicationScoped
class Enrolment {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    /** However often an address asks, one verification mail in this time, so that nobody can fill a mailbox. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(3);

    @Inject
    private Members members;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private BadUseCheck badUse;

    @Inject
    private Event<MemberSignedUp> signedUp;

    @Inject
    private Event<VerificationMailDue> verificationMail;

    @Inject
    private AccountMail mail;

    @Inject
    private SignUpAttemptMails attemptMails;

    @Inject
    private Guardianship guardianship;

    /**
     * A sign-up answers the same whether or not its address is a member's: a new address gets its verification link;
     * a member's address gets a mail saying that someone tried to sign up with it and how to log in or reset the
     * password, or, while that sign-up still waits for its verification, a new link.
     *
     * @return the new account waiting for its verification, or the account that has the address already
     */
    MemberAccount enrol(SignUpForm form) {
        String email = normalized(form.getEmail());
        Optional<MemberAccount> existing = members.accountByEmail(email);
        if (existing.isPresent()) {
            // The time of a new member's password hash, so that the answer's timing does not tell either.
            passwords.matchNothing(form.getPassword());
            MemberAccount account = existing.get();
            if (account.isActive() && attemptMails.mayTell(account.getId(), now(), RESEND_AFTER)) {
                mail.send(
                        MailKind.SIGN_UP_ATTEMPT,
                        "signUpAttempt",
                        email,
                        account.getLanguage(),
                        account.getId(),
                        AccountMail.page("/login", account.getLanguage()),
                        AccountMail.page("/forgot-password", account.getLanguage()));
            } else if (!account.isActive()) {
                resendVerification(account);
            }
            return account;
        }
        String token = OneTimeTokens.newToken();
        MemberAccount account = create(form, token);
        verificationMail.fire(new VerificationMailDue(account.getId(), email, token, form.getLanguage()));
        if (form.underFourteen()) {
            guardianship.ask(account, form);
        }
        return account;
    }

    /**
     * The account and every category of its data, waiting for the verification of {@code token}, without any mail (the
     * caller sends it, or the demo verifies at once).
     *
     * @throws MembershipRefusal {@code EMAIL_TAKEN} when the address is a member's already
     */
    MemberAccount create(SignUpForm form, String token) {
        String email = normalized(form.getEmail());
        if (members.accountByEmail(email).isPresent()) {
            throw new MembershipRefusal(Reason.EMAIL_TAKEN);
        }
        if (badUse.matchesLiveRecord(email, form.getDetails().getMobilePhone())) {
            throw new MembershipRefusal(Reason.SIGN_UP_NOT_ACCEPTED);
        }
        LocalDateTime now = now();
        MemberAccount account = members.add(new MemberAccount(
                email,
                passwords.hash(form.getPassword()),
                form.getLanguage(),
                now,
                OneTimeTokens.hashOf(token),
                now.plus(VERIFICATION_VALIDITY)));
        long memberId = account.getId();
        ProfileDetails details = form.getDetails();
        members.addCategories(
                new BasicProfile(memberId, details),
                new OptionalSettings(memberId, details),
                new ApplicationForm(memberId, details));
        signedUp.fire(new MemberSignedUp(memberId, form.consentsGiven(), form.partnersConsented()));
        return account;
    }

    /** A new verification link for a sign-up still waiting for one, unless the last was sent a moment ago. */
    void resendVerification(MemberAccount account) {
        String token = OneTimeTokens.newToken();
        if (account.renewVerification(OneTimeTokens.hashOf(token), now(), VERIFICATION_VALIDITY, RESEND_AFTER)) {
            verificationMail.fire(
                    new VerificationMailDue(account.getId(), account.getEmail(), token, account.getLanguage()));
        }
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** E-mail addresses are compared without case and surrounding blanks, so one person cannot join twice. */
    static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
