package dev.pims.marketing.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.marketing.MarketingMail;
import dev.pims.marketing.domain.Newsletter;
import dev.pims.membership.MemberAddresses.Addressee;
import java.time.LocalDateTime;

/**
 * A newsletter as a member reads it: the officer's subject and text in the member's language, and below it why the
 * member gets it (the consent and its date) and the link to withdraw (Network Act Art. 50(4): how to refuse).
 */
final class NewsletterMail {

    private final String publicBaseUrl;
    private final MailTexts texts = new MailTexts("newsletter");

    NewsletterMail(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    OutgoingMail of(Newsletter newsletter, Addressee member, LocalDateTime consentGivenAt) {
        MailTexts.Language language = texts.in(member.language());
        String footer = language.format(
                "newsletter.footer",
                language.dates().format(consentGivenAt),
                publicBaseUrl + MarketingMail.CONSENTS_PAGE + "?lang="
                        + language.locale().getLanguage());
        return new OutgoingMail(
                MailKind.NEWSLETTER,
                member.email(),
                newsletter.subjectIn(member.language()),
                newsletter.bodyIn(member.language()) + footer,
                member.memberId());
    }
}
