package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every mail about a member's account (verification, restore, lock, e-mail change, password reset, a sign-up with a
 * member's address), rendered in the member's language from the module's {@code mail} bundle ({@code <key>.subject},
 * {@code <key>.body}) and written to the outbox in the caller's transaction: it is sent if and only if that commits.
 * Links start with the configured public address ({@link PublicUrl}), never with a request's Host header.
 */
@ApplicationScoped
class AccountMail {

    @Inject
    private MailOutbox outbox;

    void send(MailKind kind, String key, String address, String language, Long memberId, Object... values) {
        ResourceBundle texts = ResourceBundle.getBundle("dev.pims.membership.mail", Locale.forLanguageTag(language));
        outbox.enqueue(new OutgoingMail(
                kind,
                address,
                texts.getString(key + ".subject"),
                MessageFormat.format(texts.getString(key + ".body"), values),
                memberId));
    }

    /**
     * The link of a page that takes a one-time token, opening in the member's language, e.g.
     * {@code https://pims.example.com/verify?token=…&lang=ko}.
     */
    static String link(String page, String token, String language) {
        return PublicUrl.of(page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + language);
    }

    /** The link of a page without a token, in the member's language, e.g. the login page. */
    static String page(String page, String language) {
        return PublicUrl.of(page + "?lang=" + language);
    }
}
