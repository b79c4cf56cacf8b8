package dev.pims.deidentification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void aMemberHasOnePseudonymUnderOneKey() {
        byte[] key = Pseudonyms.newKey();
        assertThat(new Pseudonyms(key).of(42)).isEqualTo(new Pseudonyms(key.clone()).of(42));
        assertThat(new Pseudonyms(key).of(42)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void membersDifferAndSoDoKeys() {
        byte[] key = Pseudonyms.newKey();
        byte[] another = Pseudonyms.newKey();
        assertThat(Arrays.equals(key, another)).isFalse();
        assertThat(new Pseudonyms(key).of(42)).isNotEqualTo(new Pseudonyms(key).of(43));
        assertThat(new Pseudonyms(key).of(42)).isNotEqualTo(new Pseudonyms(another).of(42));
    }

    @Test
    void theMemberIdCannotBeReadFromThePseudonym() {
        assertThat(new Pseudonyms(Pseudonyms.newKey()).of(123456)).doesNotContain("123456");
    }

    @Test
    void aKeyHasThirtyTwoBytes() {
        assertThat(Pseudonyms.newKey()).hasSize(32);
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
