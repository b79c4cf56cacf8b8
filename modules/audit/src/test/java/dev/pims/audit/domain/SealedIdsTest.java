package dev.pims.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids a verification met: held one bit each after the legacy ones, and never claimed for an id it cannot hold. */
class SealedIdsTest {

    @Test
    void holdsTheIdsAfterTheLegacyOnes() {
        SealedIds met = new SealedIds(100);
        met.add(101);
        met.add(5_000);
        assertThat(met.contains(101)).isTrue();
        assertThat(met.contains(5_000)).isTrue();
        assertThat(met.contains(102)).isFalse();
        assertThat(met.legacyMaxId()).isEqualTo(100);
    }

    @Test
    void anIdItCannotHoldIsNeverContained() {
        SealedIds met = new SealedIds(100);
        met.add(100);
        met.add(7);
        met.add(100 + 1 + Integer.MAX_VALUE);
        assertThat(met.contains(100)).isFalse();
        assertThat(met.contains(7)).isFalse();
        assertThat(met.contains(100 + 1 + Integer.MAX_VALUE)).isFalse();
    }
}
