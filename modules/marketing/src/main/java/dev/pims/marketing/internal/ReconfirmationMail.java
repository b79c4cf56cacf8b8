package dev.pims.marketing.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.marketing.MarketingMail;
import dev.pims.membership.MemberAddresses.Addressee;
import java.time.LocalDateTime;

/**
 * The reconfirmation as the member reads it, in their language: what they agreed to (marketing e-mail from PIMS), when,
 * that nothing is needed to keep it, and the link to withdraw it (Network Act Art. 50(8)).
 */
final class ReconfirmationMail {

    private final String publicBaseUrl;
    private final MailTexts texts = new MailTexts("reconfirmation");

    ReconfirmationMail(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    OutgoingMail to(Addressee member, LocalDateTime consentGivenAt) {
        MailTexts.Language language = texts.in(member.language());
        Object[] values = {
            language.dates().format(consentGivenAt),
            publicBaseUrl + MarketingMail.CONSENTS_PAGE + "?lang="
                    + language.locale().getLanguage()
        };
        return new OutgoingMail(
                MailKind.MARKETING_RECONFIRMATION,
                member.email(),
                language.format("reconfirmation.subject", values),
                language.format("reconfirmation.body", values),
                member.memberId());
    }
}
