package dev.pims.marketing.internal;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of this module's mails, from its {@code mail} bundle in the member's language (Korean or English; any other
 * gets English), each format parsed once per language for all the mails of a chunk. For one chunk, on one thread: a
 * MessageFormat is not for several threads at once.
 */
final class MailTexts {

    private static final String BUNDLE = "dev.pims.marketing.mail";

    private final String prefix;
    private final Map<String, Language> languages = new HashMap<>();

    /** One language's texts of one mail. */
    record Language(Locale locale, DateTimeFormatter dates, ResourceBundle texts, Map<String, MessageFormat> formats) {

        String format(String key, Object... values) {
            return formats.computeIfAbsent(key, name -> new MessageFormat(texts.getString(name), locale))
                    .format(values);
        }
    }

    /** @param prefix the mail's keys' prefix in the bundle, e.g. {@code reconfirmation} */
    MailTexts(String prefix) {
        this.prefix = prefix;
    }

    Language in(String languageTag) {
        return languages.computeIfAbsent(languageTag, tag -> {
            Locale locale = Locale.forLanguageTag(tag);
            ResourceBundle texts = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    MailTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new Language(
                    locale,
                    DateTimeFormatter.ofPattern(texts.getString(prefix + ".date"), locale),
                    texts,
                    new HashMap<>());
        });
    }
}
