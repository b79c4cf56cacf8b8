package dev.pims.membership;

import dev.pims.shared.ConsentPurpose;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Exactly what is collected and why, consent by consent, in the words the legal representative of a child under 14
 * reads (policy §9): the sign-up page shows it to the child, the mail to the representative lists it, and the consent
 * and refusal pages show it again, all from this module's {@code guardian} bundle (ko/en), so that the three say the
 * same.
 */
public final class CollectionNotice {

    private CollectionNotice() {}

    /** The consents a child's sign-up asks of the representative: every one the sign-up offers. */
    public static List<ConsentPurpose> ofSignUp() {
        return List.of(
                ConsentPurpose.TERMS_OF_USE,
                ConsentPurpose.PERSONAL_INFORMATION_COLLECTION,
                ConsentPurpose.MARKETING_EMAIL);
    }

    /** One line per consent, in the order of the sign-up: what it is, which items, and why. */
    public static List<String> lines(Collection<ConsentPurpose> purposes, String language) {
        ResourceBundle texts =
                ResourceBundle.getBundle("dev.pims.membership.guardian", Locale.forLanguageTag(language));
        Collection<ConsentPurpose> asked = purposes.isEmpty() ? List.of() : EnumSet.copyOf(purposes);
        List<String> lines = new ArrayList<>();
        for (ConsentPurpose purpose : ofSignUp()) {
            if (asked.contains(purpose)) {
                lines.add(texts.getString("purpose." + purpose.name()));
            }
        }
        return lines;
    }
}
