package dev.pims.retention;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A rule as people read it, in one language.
 *
 * @param records     what is kept and destroyed, e.g. "Records of visits"
 * @param countedFrom the event the period is counted from, e.g. "the visit"
 * @param legalBasis  why the records are kept that long, e.g. "Protection of Communications Secrets Act"
 */
public record RuleText(String records, String countedFrom, String legalBasis) {

    /**
     * The rule's text from its module's bundle, under the keys {@code <rule>.records}, {@code <rule>.counted-from}
     * and {@code <rule>.legal-basis}.
     *
     * @param bundle the bundle's base name, found by the class loader of {@code owner}
     */
    public static RuleText fromBundle(Class<?> owner, String bundle, String rule, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                bundle,
                locale,
                owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new RuleText(
                texts.getString(rule + ".records"),
                texts.getString(rule + ".counted-from"),
                texts.getString(rule + ".legal-basis"));
    }
}
