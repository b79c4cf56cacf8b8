package dev.pims.membership.internal;

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

/**
 * Creates a member in waiting from a sign-up form: the account, every category of data, and the consents given
 * (recorded through {@link MemberSignedUp}, in the same transaction). A form whose e-mail address or mobile number
 * matches a live record of bad use is refused (policy §2A(2)).
 */
@ApplicationScoped
class Enrolment {

    private static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);

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

    /** @return the new account, waiting for the verification of {@code token} */
    MemberAccount enrol(SignUpForm form, String token) {
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
                VerificationTokens.hashOf(token),
                now.plus(VERIFICATION_VALIDITY)));
        long memberId = account.getId();
        ProfileDetails details = form.getDetails();
        members.addCategories(
                new BasicProfile(memberId, details),
                new OptionalSettings(memberId, details),
                new ApplicationForm(memberId, details));
        signedUp.fire(new MemberSignedUp(memberId, form.consentsGiven()));
        return account;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** E-mail addresses are compared without case and surrounding blanks, so one person cannot join twice. */
    static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
