package dev.pims.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TransferTermsTest {

    @Test
    void aTransferIsDatedThirtyDaysAfterItsRecordingAtTheEarliest() {
        assertThat(TransferTerms.earliestDate(LocalDateTime.of(2026, 12, 5, 23, 59)))
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theBoardShowsATransferUntilThirtyDaysAfterItsDateAndTheMailGoesOnlyBeforeIt() {
        LocalDate today = LocalDate.of(2027, 2, 3);
        assertThat(TransferTerms.shownFrom(today)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(TransferTerms.mailedFrom(today)).isEqualTo(LocalDate.of(2027, 2, 4));
    }
}
