package dev.pims.web.it;

import java.util.Locale;
import java.util.ResourceBundle;

/** What the pages say, in one language, straight from the page bundle: tests read pages as a person would. */
final class Labels {

    private final ResourceBundle pages;
    private final ResourceBundle validation;
    private final ResourceBundle faces;

    Labels(String language) {
        Locale locale = Locale.forLanguageTag(language);
        this.pages = ResourceBundle.getBundle("dev.pims.web.messages", locale);
        this.validation = ResourceBundle.getBundle("ValidationMessages", locale);
        this.faces = ResourceBundle.getBundle("dev.pims.web.faces", locale);
    }

    String get(String key) {
        return pages.getString(key);
    }

    /** A message of the standard Faces components (converters, required), e.g. "Enter a whole number.". */
    String faces(String key) {
        return faces.getString(key);
    }

    /** A Bean Validation message with its {max}-style placeholders filled in. */
    String validation(String key, Object... namesAndValues) {
        String text = validation.getString(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }
}
