package dev.pims.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses are read; anything else is refused without a name lookup. */
class IpLiteralTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "0.0.0.0",
                "255.255.255.255",
                "::1",
                "2001:db8::7",
                "fe80::1%eth0",
                "::ffff:192.0.2.1",
                "0:0:0:0:0:0:0:1"
            })
    void aLiteralIsRead(String literal) {
        assertThat(IpLiteral.parse(literal)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "localhost",
                "cafe",
                "example.com",
                "999.1.1.1",
                "256.0.0.1",
                "010.0.0.1",
                "1.2.3",
                "1.2.3.4.5",
                "1.2.3.4:80",
                "[::1]",
                ".:1",
                "2001:db8::1::2",
                "::g",
                " 127.0.0.1"
            })
    void anythingElseIsRefused(String notALiteral) {
        assertThat(IpLiteral.parse(notALiteral)).as(notALiteral).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.7"})
    void anIpv4LiteralIsTheAddressItSpellsOut(String literal) throws Exception {
        assertThat(IpLiteral.parse(literal)).contains(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
    }
}
