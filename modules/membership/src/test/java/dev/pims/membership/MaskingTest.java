package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void aPhoneNumberKeepsItsFirstAndLastGroup() {
        assertThat(Masking.phone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(Masking.phone("02-123-4567")).isEqualTo("02-***-4567");
        assertThat(Masking.phone("01012345678")).isEqualTo("010****5678");
        assertThat(Masking.phone("5678")).isEqualTo("5678");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void anEmailAddressKeepsTheFirstLetterAndTheDomain() {
        assertThat(Masking.email("hong@example.com")).isEqualTo("h***@example.com");
        assertThat(Masking.email("h@example.com")).isEqualTo("h***@example.com");
        assertThat(Masking.email("not-an-address")).isEqualTo("**************");
    }

    @Test
    void aNameKeepsItsFirstAndLastLetter() {
        assertThat(Masking.name("홍길동")).isEqualTo("홍*동");
        assertThat(Masking.name("남궁민수")).isEqualTo("남**수");
        assertThat(Masking.name("홍길")).isEqualTo("홍*");
        assertThat(Masking.name("홍")).isEqualTo("*");
        assertThat(Masking.name("Jane Doe")).isEqualTo("J******e");
    }

    @Test
    void aFieldIsShownMaskedOnlyIfItIsAMaskedField() {
        assertThat(CareField.MOBILE_PHONE.shown("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(CareField.COMPANY.shown("OMNIOUS")).isEqualTo("OMNIOUS");
        assertThat(CareField.EMAIL.isCorrectable()).isFalse();
        assertThat(CareField.JOB_TITLE.isCorrectable()).isTrue();
    }

    @Test
    void anIpAddressHidesTheThirdGroupOfIpv4AndTheLastOfIpv6() {
        assertThat(Masking.ip("203.0.113.7")).isEqualTo("203.0.***.7");
        assertThat(Masking.ip("10.0.0.1")).isEqualTo("10.0.***.1");
        assertThat(Masking.ip("2001:db8::8a2e:370:7334")).isEqualTo("2001:db8::8a2e:370:****");
        assertThat(Masking.ip("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:****");
        assertThat(Masking.ip("::ffff:203.0.113.7")).isEqualTo("::ffff:203.0.***.7");
        assertThat(Masking.ip("system")).isEqualTo("system");
        assertThat(Masking.ip(null)).isNull();
    }
}
