package dev.pims.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A handler sees no more of an authority's legal basis than its first letters, and nothing of its length. */
class ProvisionMaskingTest {

    @Test
    void aLongBasisKeepsItsFirstTwoLetters() {
        assertThat(ProvisionMasking.legalBasis("형사소송법 제215조")).isEqualTo("형사***");
        assertThat(ProvisionMasking.legalBasis("Warrant against Hong Gildong")).isEqualTo("Wa***");
    }

    @Test
    void aShortBasisKeepsOneLetterOrNone() {
        assertThat(ProvisionMasking.legalBasis("통비법")).isEqualTo("통***");
        assertThat(ProvisionMasking.legalBasis("법령")).isEqualTo("***");
    }

    @Test
    void theMaskTellsNothingOfTheLength() {
        assertThat(ProvisionMasking.legalBasis("abcde")).isEqualTo(ProvisionMasking.legalBasis("ab" + "x".repeat(498)));
    }

    @Test
    void noBasisStaysNone() {
        assertThat(ProvisionMasking.legalBasis(null)).isNull();
        assertThat(ProvisionMasking.legalBasis("")).isEmpty();
    }
}
