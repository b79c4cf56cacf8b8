package dev.pims.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The queue shows the first letter and the domain of a reply address, and a fixed mask between. */
class InquiryMaskingTest {

    @Test
    void theFirstLetterAndTheDomainAreKept() {
        assertThat(InquiryMasking.address("hong.gildong@example.com")).isEqualTo("h***@example.com");
        assertThat(InquiryMasking.address("a@example.com")).isEqualTo("a***@example.com");
        assertThat(InquiryMasking.address("홍길동@example.kr")).isEqualTo("홍***@example.kr");
    }

    @Test
    void somethingThatIsNoAddressIsMaskedWhole() {
        assertThat(InquiryMasking.address("@example.com")).isEqualTo("***");
        assertThat(InquiryMasking.address("nobody")).isEqualTo("***");
        assertThat(InquiryMasking.address(null)).isNull();
    }
}
