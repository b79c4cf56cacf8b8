package dev.pims.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who a request comes from behind the balancer: the forwarding headers count only when a trusted proxy sent them. */
class TrustedProxiesTest {

    private static final String BALANCER = "127.0.0.1";
    private static final TrustedProxies BEHIND_THE_BALANCER = TrustedProxies.parse(BALANCER);

    @Test
    void withoutTrustedProxiesTheClientIsTheTcpPeerWhateverItForwards() {
        for (String none : new String[] {null, "", "  "}) {
            TrustedProxies proxies = TrustedProxies.parse(none);
            assertThat(proxies.clientAddress(BALANCER, List.of("203.0.113.9"))).isEqualTo(BALANCER);
            assertThat(proxies.forwardedOverTls(BALANCER, List.of("https"))).isEmpty();
        }
    }

    @Test
    void theBalancersRightMostEntryIsTheClient() {
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of("203.0.113.9")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void entriesTheClientWroteLeftOfTheBalancersAreIgnored() {
        // The client sent "X-Forwarded-For: 10.0.0.1, 127.0.0.1" itself; the balancer appended where it came from.
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of("10.0.0.1, 127.0.0.1, 198.51.100.4")))
                .isEqualTo("198.51.100.4");
        // The same as two header lines: the client's own line first, the balancer's added after it.
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of("10.0.0.1", "198.51.100.4")))
                .isEqualTo("198.51.100.4");
        // Garbage to the left is never read, so it cannot make the client look like the balancer.
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of("not-an-address, 198.51.100.4")))
                .isEqualTo("198.51.100.4");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheFirstAddressNotTrusted() {
        TrustedProxies twoHops = TrustedProxies.parse("127.0.0.1, 10.1.1.1");
        assertThat(twoHops.clientAddress(BALANCER, List.of("203.0.113.9, 10.1.1.1")))
                .isEqualTo("203.0.113.9");
        assertThat(twoHops.clientAddress(BALANCER, List.of("10.1.1.1, 127.0.0.1")))
                .as("nothing but proxies: the peer")
                .isEqualTo(BALANCER);
    }

    @Test
    void aHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
        assertThat(BEHIND_THE_BALANCER.clientAddress("192.0.2.50", List.of("203.0.113.9")))
                .isEqualTo("192.0.2.50");
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls("192.0.2.50", List.of("https")))
                .isEmpty();
    }

    @Test
    void aMissingOrMalformedHeaderLeavesThePeer() {
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of())).isEqualTo(BALANCER);
        for (String malformed : new String[] {
            "",
            "unknown",
            "203.0.113.9:4711",
            "999.1.1.1",
            "example.com",
            "203.0.113.9, ",
            "010.0.0.1",
            "2001:db8::1::2",
            "<script>"
        }) {
            assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of(malformed)))
                    .as(malformed)
                    .isEqualTo(BALANCER);
        }
    }

    @Test
    void ipv6ClientsAndProxiesAreComparedAsAddresses() {
        TrustedProxies v6 = TrustedProxies.parse("::1");
        assertThat(v6.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(v6.trusts("::1%0")).isTrue();
        assertThat(v6.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(v6.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:db8::7, ::1")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(BEHIND_THE_BALANCER.clientAddress(BALANCER, List.of("::ffff:192.0.2.1")))
                .as("an IPv4 address written as IPv6")
                .isEqualTo("192.0.2.1");
    }

    @Test
    void onlyATrustedProxySaysTheClientSpokeTlsByItsRightMostValue() {
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls(BALANCER, List.of("https")))
                .contains(true);
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls(BALANCER, List.of("HTTPS")))
                .contains(true);
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls(BALANCER, List.of("http")))
                .contains(false);
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls(BALANCER, List.of("https", "http")))
                .as("the client's https before the balancer's http")
                .contains(false);
        assertThat(BEHIND_THE_BALANCER.forwardedOverTls(BALANCER, List.of())).isEqualTo(Optional.empty());
    }

    @Test
    void aHostNameOrGarbageIsAConfigurationError() {
        assertThatThrownBy(() -> TrustedProxies.parse("balancer.internal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TrustedProxies.PROPERTY);
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientAddressThatIsNoLiteralIsNeverTrusted() {
        assertThat(BEHIND_THE_BALANCER.trusts("localhost")).isFalse();
        assertThat(BEHIND_THE_BALANCER.trusts(null)).isFalse();
    }
}
