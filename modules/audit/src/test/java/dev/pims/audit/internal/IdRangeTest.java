package dev.pims.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids read by ranges: neighbours together, a gap of more than a few sequence blocks between two ranges. */
class IdRangeTest {

    @Test
    void neighboursShareARangeAndAWideGapStartsANewOne() {
        assertThat(IdRange.around(List.of(7L, 3L, 1_003L, 2_004L, 2_005L)))
                .containsExactly(new IdRange(3, 1_003), new IdRange(2_004, 2_005));
    }

    @Test
    void noIdsNoRanges() {
        assertThat(IdRange.around(List.of())).isEmpty();
    }
}
