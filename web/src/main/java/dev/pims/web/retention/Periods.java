package dev.pims.web.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Retention periods on pages, in the visitor's language: "1 year", "3 months", "1 year 6 months" ("1년", "3개월",
 * "1년 6개월"), each unit by its own pattern of the page bundle, so that each language says its plural its own way.
 */
@Named
@ApplicationScoped
public class Periods {

    private static final String BUNDLE = "dev.pims.web.messages";

    /** The period in the language of the current view. */
    public String format(Period period) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return format(period, ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** Twelve months are a year; a part that is zero is left out; a period of nothing is "0 days". */
    static String format(Period period, ResourceBundle texts, Locale locale) {
        Period normal = period.normalized();
        List<String> parts = new ArrayList<>();
        addPart(parts, texts, locale, "retention.period.years", normal.getYears());
        addPart(parts, texts, locale, "retention.period.months", normal.getMonths());
        addPart(parts, texts, locale, "retention.period.days", normal.getDays());
        if (parts.isEmpty()) {
            return pattern(texts, locale, "retention.period.days", 0);
        }
        String joined = parts.get(0);
        for (String part : parts.subList(1, parts.size())) {
            joined = pattern(texts, locale, "retention.period.join", joined, part);
        }
        return joined;
    }

    private static void addPart(List<String> parts, ResourceBundle texts, Locale locale, String key, int amount) {
        if (amount != 0) {
            parts.add(pattern(texts, locale, key, amount));
        }
    }

    private static String pattern(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
