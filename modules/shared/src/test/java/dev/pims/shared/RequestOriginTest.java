package dev.pims.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The user agent a request brings is kept cut to the column that holds it, and not at all when there is none. */
class RequestOriginTest {

    @Test
    void theUserAgentIsKeptUpToTheColumnsLength() {
        RequestOrigin origin = new RequestOrigin();
        origin.arrivedFrom("203.0.113.7", "x".repeat(RequestOrigin.USER_AGENT_MAX + 20));

        assertThat(origin.userAgent()).hasSize(RequestOrigin.USER_AGENT_MAX);
    }

    @Test
    void aMissingOrBlankUserAgentIsNone() {
        RequestOrigin origin = new RequestOrigin();
        origin.arrivedFrom("203.0.113.7", "  ");

        assertThat(origin.userAgent()).isNull();
        assertThat(new RequestOrigin().userAgent()).isNull();
    }

    @Test
    void theUserAgentIsKeptAsSent() {
        RequestOrigin origin = new RequestOrigin();
        origin.arrivedFrom("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");

        assertThat(origin.userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
    }
}
