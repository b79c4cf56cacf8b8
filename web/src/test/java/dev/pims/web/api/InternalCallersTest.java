package dev.pims.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The internal API admits a caller on this host with the configured token, and nobody without a token configured. */
class InternalCallersTest {

    private static final String TOKEN = "s3cret-token-of-the-main-service";

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.10.20.30", "::1", "0:0:0:0:0:0:0:1"})
    void aLoopbackCallerWithTheTokenIsAdmitted(String address) {
        assertThat(InternalCallers.admit(TOKEN, TOKEN, address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "192.168.1.7", "fe80::1", "localhost", "cafe", "example.com", ""})
    void aCallerFromAnotherAddressOrNamedByHostIsRefusedEvenWithTheToken(String address) {
        assertThat(InternalCallers.admit(TOKEN, TOKEN, address)).isFalse();
        assertThat(InternalCallers.admit(TOKEN, TOKEN, null)).isFalse();
    }

    @Test
    void aWrongOrMissingTokenIsRefused() {
        assertThat(InternalCallers.admit(TOKEN, TOKEN + "x", "127.0.0.1")).isFalse();
        assertThat(InternalCallers.admit(TOKEN, TOKEN.substring(1), "127.0.0.1"))
                .isFalse();
        assertThat(InternalCallers.admit(TOKEN, "", "127.0.0.1")).isFalse();
        assertThat(InternalCallers.admit(TOKEN, null, "127.0.0.1")).isFalse();
    }

    @Test
    void withNoTokenConfiguredNobodyIsAdmitted() {
        assertThat(InternalCallers.admit(null, null, "127.0.0.1")).isFalse();
        assertThat(InternalCallers.admit(null, "", "127.0.0.1")).isFalse();
        assertThat(InternalCallers.admit("", "", "127.0.0.1")).isFalse();
        assertThat(InternalCallers.admit("  ", "  ", "127.0.0.1")).isFalse();
    }

    @Test
    void theTokenIsReadUnderItsNameAndStillUnderTheFormerOne() {
        Map<String, String> both = Map.of(
                InternalCallers.TOKEN_PROPERTY, TOKEN, InternalCallers.FORMER_TOKEN_PROPERTY, "the-former-token");
        assertThat(InternalCallers.configuredToken(name -> Optional.ofNullable(both.get(name))))
                .isEqualTo(TOKEN);
        Map<String, String> former = Map.of(InternalCallers.FORMER_TOKEN_PROPERTY, TOKEN);
        assertThat(InternalCallers.configuredToken(name -> Optional.ofNullable(former.get(name))))
                .isEqualTo(TOKEN);
        Map<String, String> blank =
                Map.of(InternalCallers.TOKEN_PROPERTY, " ", InternalCallers.FORMER_TOKEN_PROPERTY, TOKEN);
        assertThat(InternalCallers.configuredToken(name -> Optional.ofNullable(blank.get(name))))
                .isEqualTo(TOKEN);
        assertThat(InternalCallers.configuredToken(name -> Optional.empty())).isNull();
    }
}
