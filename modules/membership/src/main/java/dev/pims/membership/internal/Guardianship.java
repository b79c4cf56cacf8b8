package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.membership.CollectionNotice;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.OneTimeLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * Asks the legal representative of a child under 14 to consent (policy §9): keeps the representative the sign-up named,
 * with a one-time link valid as long as the sign-up waits (its retention rule destroys it seven days after the sign-up),
 * and mails them, in the language of the sign-up page, exactly what is collected and why ({@link CollectionNotice}),
 * with a link to consent and one to refuse.
 */
@ApplicationScoped
class Guardianship {

    /** As long as the sign-up waits before the rule {@code membership.unverified-sign-ups} destroys it. */
    static final Duration CONSENT_VALIDITY = Duration.ofDays(7);

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private AccountMail mail;

    void ask(MemberAccount child, SignUpForm form) {
        String token = OneTimeTokens.newToken();
        LocalDateTime now = child.getJoinedAt();
        LegalRepresentative representative = new LegalRepresentative(
                child.getId(),
                form.getGuardian(),
                Enrolment.normalized(form.getGuardian().getEmail()),
                form.getLanguage(),
                form.consentsGiven(),
                now,
                new OneTimeLink(OneTimeTokens.hashOf(token), now.plus(CONSENT_VALIDITY)));
        representatives.add(representative);
        String language = representative.getLanguage();
        mail.send(
                MailKind.GUARDIAN_CONSENT_REQUEST,
                "guardianConsent",
                representative.getEmail(),
                language,
                child.getId(),
                form.getDetails().getName().trim(),
                child.getEmail(),
                CollectionNotice.lines(representative.purposes(), language).stream()
                        .map(line -> "- " + line)
                        .collect(Collectors.joining("\n")),
                AccountMail.link("/guardian/consent", token, language),
                AccountMail.link("/guardian/refuse", token, language),
                AccountMail.page("/guardian/access", language));
    }
}
