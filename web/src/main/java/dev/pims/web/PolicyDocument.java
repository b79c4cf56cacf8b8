package dev.pims.web;

import dev.pims.web.i18n.LanguageSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The privacy policy as the operator published it (Korean original, English version), shown on {@code /policy}
 * in the visitor's language. The texts are read once and kept.
 */
@Named
@ApplicationScoped
public class PolicyDocument {

    private final Map<String, List<String>> paragraphsByLanguage = new ConcurrentHashMap<>();

    @Inject
    private LanguageSelection languageSelection;

    public String getLanguage() {
        return languageSelection.getLanguage();
    }

    public List<String> getParagraphs() {
        return paragraphsByLanguage.computeIfAbsent(getLanguage(), PolicyDocument::read);
    }

    private static List<String> read(String language) {
        String resource = "/dev/pims/web/policy/privacy-policy." + language + ".txt";
        try (InputStream text = PolicyDocument.class.getResourceAsStream(resource)) {
            if (text == null) {
                throw new IllegalStateException("The policy text is missing: " + resource);
            }
            String whole = new String(text.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(whole.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
