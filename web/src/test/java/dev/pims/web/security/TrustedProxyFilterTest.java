package dev.pims.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the filters and pages after the trusted-proxy filter see of a request. */
class TrustedProxyFilterTest {

    private static final String BALANCER = "127.0.0.1";
    private static final Map<String, List<String>> THROUGH_TLS = Map.of(
            "X-Forwarded-For", List.of("203.0.113.9"),
            "X-Forwarded-Proto", List.of("https"),
            "Host", List.of("pims.example:8443"));

    @AfterEach
    void trustNoProxy() {
        System.clearProperty(TrustedProxies.PROPERTY);
    }

    @Test
    void aRequestFromTheTrustedBalancerIsTheClientsOverTls() throws Exception {
        System.setProperty(TrustedProxies.PROPERTY, BALANCER);
        HttpServletRequest seen = passedOn(FakeRequest.from(BALANCER, false, THROUGH_TLS));
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.getRemoteHost()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.getServerPort()).isEqualTo(8443);
        assertThat(seen.getRequestURL()).hasToString("https://pims.example:8443/my/profile");
    }

    @Test
    void theSameRequestFromAnyoneElseIsPassedOnAsItCame() throws Exception {
        System.setProperty(TrustedProxies.PROPERTY, BALANCER);
        HttpServletRequest direct = FakeRequest.from("192.0.2.50", false, THROUGH_TLS);
        assertThat(passedOn(direct)).isSameAs(direct);
        System.clearProperty(TrustedProxies.PROPERTY);
        HttpServletRequest untrusted = FakeRequest.from(BALANCER, false, THROUGH_TLS);
        assertThat(passedOn(untrusted)).as("no proxy configured").isSameAs(untrusted);
    }

    @Test
    void aTrustedProxyThatSaysNothingOfTlsLeavesTheConnectionToTell() throws Exception {
        System.setProperty(TrustedProxies.PROPERTY, BALANCER);
        HttpServletRequest seen =
                passedOn(FakeRequest.from(BALANCER, false, Map.of("X-Forwarded-For", List.of("203.0.113.9"))));
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.getServerPort())
                .as("no port in the Host header: http's")
                .isEqualTo(80);
    }

    @Test
    void theHostHeadersPortIsReadForNamesAndBracketedIpv6() {
        assertThat(ProxiedRequest.portOf("pims.example:8443")).hasValue(8443);
        assertThat(ProxiedRequest.portOf("[::1]:8443")).hasValue(8443);
        assertThat(ProxiedRequest.portOf("[::1]")).isEmpty();
        assertThat(ProxiedRequest.portOf("pims.example")).isEmpty();
        assertThat(ProxiedRequest.portOf("pims.example:")).isEmpty();
        assertThat(ProxiedRequest.portOf("pims.example:99999")).isEmpty();
        assertThat(ProxiedRequest.portOf(null)).isEmpty();
    }

    private static HttpServletRequest passedOn(HttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new TrustedProxyFilter().doFilter(request, null, (next, response) -> seen.set((HttpServletRequest) next));
        return seen.get();
    }
}
