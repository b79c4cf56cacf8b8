package dev.pims.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A handler sees no more of a use's detail than its first letters, and nothing of its length. */
class UsageMaskingTest {

    @Test
    void aLongDetailKeepsItsFirstTwoLetters() {
        assertThat(UsageMasking.detail("서울 맛집 추천")).isEqualTo("서울***");
        assertThat(UsageMasking.detail("item-1234567890")).isEqualTo("it***");
    }

    @Test
    void aShortDetailKeepsOneLetterOrNone() {
        assertThat(UsageMasking.detail("item")).isEqualTo("i***");
        assertThat(UsageMasking.detail("홍길동")).isEqualTo("홍***");
        assertThat(UsageMasking.detail("ab")).isEqualTo("***");
        assertThat(UsageMasking.detail("a")).isEqualTo("***");
    }

    @Test
    void theMaskTellsNothingOfTheLength() {
        assertThat(UsageMasking.detail("abcde")).isEqualTo(UsageMasking.detail("ab" + "x".repeat(498)));
    }

    @Test
    void aLetterOutsideTheBasicPlaneIsKeptWhole() {
        assertThat(UsageMasking.detail("😀😀😀😀😀")).isEqualTo("😀😀***");
    }

    @Test
    void noDetailStaysNone() {
        assertThat(UsageMasking.detail(null)).isNull();
        assertThat(UsageMasking.detail("")).isEmpty();
    }
}
