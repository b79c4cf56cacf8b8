package dev.pims.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * The visitor's language. It starts as the browser's first supported language (Korean when none is) and follows
 * the {@code lang} parameter of the language links in every page's header.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("ko", "en");
    private static final Locale FALLBACK = Locale.KOREAN;

    private Locale locale;

    public Locale getLocale() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        String chosen = request.getRequestParameterMap().get("lang");
        if (chosen != null && SUPPORTED.contains(chosen)) {
            locale = Locale.forLanguageTag(chosen);
        }
        if (locale == null) {
            locale = browserLanguage(request);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    private static Locale browserLanguage(ExternalContext request) {
        for (Iterator<Locale> preferred = request.getRequestLocales(); preferred.hasNext(); ) {
            String language = preferred.next().getLanguage();
            if (SUPPORTED.contains(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return FALLBACK;
    }
}
