package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.web.CookieRegistry.RegisteredCookie;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry of cookies (policy §8): described in both languages, and the check a journey's test makes. */
class CookieRegistryTest {

    @Test
    void everyRegisteredCookieHasItsPurposeAndLifetimeInKoreanAndEnglish() {
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            ResourceBundle texts = ResourceBundle.getBundle("dev.pims.web.messages", language);
            for (RegisteredCookie cookie : CookieRegistry.COOKIES) {
                assertThat(texts.getString(cookie.purposeKey()))
                        .as(cookie.name() + " in " + language)
                        .isNotBlank();
                assertThat(texts.getString(cookie.lifetimeKey()))
                        .as(cookie.name() + " in " + language)
                        .isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle("dev.pims.web.messages", Locale.KOREAN)
                        .getString("cookie.JSESSIONID.purpose"))
                .as("the Korean text is Korean")
                .isNotEqualTo(ResourceBundle.getBundle("dev.pims.web.messages", Locale.ENGLISH)
                        .getString("cookie.JSESSIONID.purpose"));
    }

    @Test
    void theSessionCookieIsRegisteredAsEssential() {
        assertThat(CookieRegistry.COOKIES).contains(new RegisteredCookie("JSESSIONID", true));
        assertThat(CookieRegistry.COOKIES).allMatch(RegisteredCookie::essential);
    }

    @Test
    void aCookieOutsideTheRegistryIsNamedAndOneTakenOutOfItIsNoLongerAccepted() {
        assertThat(CookieRegistry.unregistered(Set.of("JSESSIONID"), CookieRegistry.COOKIES))
                .isEmpty();
        assertThat(CookieRegistry.unregistered(Set.of("JSESSIONID", "_ga", "lang"), CookieRegistry.COOKIES))
                .containsExactly("_ga", "lang");
        List<RegisteredCookie> withoutTheSession = CookieRegistry.COOKIES.stream()
                .filter(cookie -> !cookie.name().equals("JSESSIONID"))
                .toList();
        assertThat(CookieRegistry.unregistered(Set.of("JSESSIONID"), withoutTheSession))
                .containsExactly("JSESSIONID");
    }
}
