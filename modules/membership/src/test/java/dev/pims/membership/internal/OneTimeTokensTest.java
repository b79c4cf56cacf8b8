package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens are unguessable and URL-safe; the database keeps only a hash that does not reveal them. */
class OneTimeTokensTest {

    @Test
    void tokensAreUrlSafeAndNeverRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = OneTimeTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void theStoredHashIsStableAndIsNotTheToken() {
        String token = OneTimeTokens.newToken();
        assertThat(OneTimeTokens.hashOf(token))
                .isEqualTo(OneTimeTokens.hashOf(token))
                .doesNotContain(token)
                .hasSize(64);
    }
}
