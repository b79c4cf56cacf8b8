package dev.pims.mail.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailTemplate;
import dev.pims.mail.domain.ClaimedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The sending modules' {@link MailTemplate}s, one a kind: they make the text of a templated mail at its attempt. */
@ApplicationScoped
class MailTemplates {

    @Inject
    @Any
    private Instance<MailTemplate> templates;

    /** The mail with its subject and body: as it was queued, or made now by its kind's template. */
    ClaimedMail withText(ClaimedMail mail) {
        if (!mail.needsText()) {
            return mail;
        }
        MailTemplate.MailText text = of(mail.kind()).text(mail.language(), mail.values());
        return mail.withText(text.subject(), text.body());
    }

    private MailTemplate of(MailKind kind) {
        return templates.stream()
                .filter(template -> template.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No mail template writes " + kind + " mails"));
    }
}
