package dev.pims.web.policy;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyVersionView;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /policy}: the privacy policy in force with its effective date, in the visitor's language (Korean governs);
 * {@code /policy?version=N} any published version, e.g. one announced and not yet in force.
 */
@Named
@RequestScoped
public class PolicyPage {

    @Inject
    private PolicyArchive archive;

    @Inject
    private LanguageSelection languageSelection;

    private PolicyVersionView inForce;
    private PolicyVersionView shown;

    @PostConstruct
    void load() {
        inForce = archive.inForce();
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("version");
        shown = inForce;
        if (asked != null && asked.matches("\\d{1,18}")) {
            shown = archive.published(Long.parseLong(asked)).orElse(inForce);
        }
    }

    public String getLanguage() {
        return languageSelection.getLanguage();
    }

    public PolicyVersionView getVersion() {
        return shown;
    }

    /** Whether the version shown is the one in force today. */
    public boolean isInForce() {
        return shown.id() == inForce.id();
    }

    public List<String> getParagraphs() {
        return paragraphs(shown.text(getLanguage()));
    }

    /** A policy text's paragraphs: the blocks between blank lines, each line ended by LF alone. */
    static List<String> paragraphs(String text) {
        // First every line break as LF alone: a split on \R\s*\R would take the CR and the LF of one CR LF for two
        // breaks.
        return Arrays.stream(text.replaceAll("\\R", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
