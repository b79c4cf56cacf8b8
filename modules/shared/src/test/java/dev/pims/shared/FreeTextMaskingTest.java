package dev.pims.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A handler sees no more of a free text than its first letters, and nothing of its length. */
class FreeTextMaskingTest {

    @Test
    void aLongTextKeepsItsFirstTwoLetters() {
        assertThat(FreeTextMasking.firstLetters("서울 맛집 추천")).isEqualTo("서울***");
        assertThat(FreeTextMasking.firstLetters("item-1234567890")).isEqualTo("it***");
        assertThat(FreeTextMasking.firstLetters("형사소송법 제215조")).isEqualTo("형사***");
    }

    @Test
    void aShortTextKeepsOneLetterOrNone() {
        assertThat(FreeTextMasking.firstLetters("item")).isEqualTo("i***");
        assertThat(FreeTextMasking.firstLetters("홍길동")).isEqualTo("홍***");
        assertThat(FreeTextMasking.firstLetters("ab")).isEqualTo("***");
        assertThat(FreeTextMasking.firstLetters("a")).isEqualTo("***");
    }

    @Test
    void theMaskTellsNothingOfTheLength() {
        assertThat(FreeTextMasking.firstLetters("abcde"))
                .isEqualTo(FreeTextMasking.firstLetters("ab" + "x".repeat(498)));
    }

    @Test
    void aLetterOutsideTheBasicPlaneIsKeptWhole() {
        assertThat(FreeTextMasking.firstLetters("😀😀😀😀😀")).isEqualTo("😀😀***");
    }

    @Test
    void noTextStaysNone() {
        assertThat(FreeTextMasking.firstLetters(null)).isNull();
        assertThat(FreeTextMasking.firstLetters("")).isEmpty();
    }
}
