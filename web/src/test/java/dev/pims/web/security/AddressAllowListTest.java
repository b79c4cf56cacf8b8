package dev.pims.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The staff console's address allow-list (safety-measures standard Art. 6): exact addresses and CIDR ranges. */
class AddressAllowListTest {

    @Test
    void anEmptyOrMissingListAllowsEveryone() {
        assertThat(AddressAllowList.parse(null).allows("203.0.113.9")).isTrue();
        assertThat(AddressAllowList.parse("  ").allows("203.0.113.9")).isTrue();
    }

    @Test
    void anExactAddressAllowsOnlyItself() {
        AddressAllowList list = AddressAllowList.parse("192.168.1.7");
        assertThat(list.allows("192.168.1.7")).isTrue();
        assertThat(list.allows("192.168.1.8")).isFalse();
        assertThat(list.allows("127.0.0.1")).isFalse();
    }

    @Test
    void aCidrRangeAllowsItsAddressesOnly() {
        AddressAllowList list = AddressAllowList.parse("10.20.0.0/16, 172.16.5.0/28");
        assertThat(list.allows("10.20.255.1")).isTrue();
        assertThat(list.allows("10.21.0.1")).isFalse();
        assertThat(list.allows("172.16.5.15")).isTrue();
        assertThat(list.allows("172.16.5.16")).isFalse();
    }

    @Test
    void ipv6AddressesAndRangesWork() {
        AddressAllowList list = AddressAllowList.parse("::1 2001:db8::/32");
        assertThat(list.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(list.allows("2001:db8:1::5")).isTrue();
        assertThat(list.allows("2001:db9::5")).isFalse();
        assertThat(list.allows("10.0.0.1")).as("IPv4 against IPv6 ranges").isFalse();
    }

    @Test
    void aClientAddressThatIsNoLiteralIsRefusedWithoutALookup() {
        assertThat(AddressAllowList.parse("127.0.0.1").allows("localhost")).isFalse();
        assertThat(AddressAllowList.parse("127.0.0.1").allows(null)).isFalse();
    }

    @Test
    void aBadEntryIsAConfigurationError() {
        assertThatThrownBy(() -> AddressAllowList.parse("intranet.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressAllowList.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressAllowList.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
