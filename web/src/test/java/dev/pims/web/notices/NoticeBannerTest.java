package dev.pims.web.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeBannerTest {

    private static final LocalDateTime ANNOUNCED = LocalDateTime.of(2027, 1, 4, 9, 30);

    @Test
    void theBannerShowsAnAnnouncementNewerThanTheMembersLastLookAndNothingElse() {
        assertThat(NoticeBanner.unseen(Optional.empty(), null))
                .as("an empty board")
                .isFalse();
        assertThat(NoticeBanner.unseen(Optional.of(ANNOUNCED), null))
                .as("never looked")
                .isTrue();
        assertThat(NoticeBanner.unseen(Optional.of(ANNOUNCED), ANNOUNCED.minusSeconds(1)))
                .as("looked before it")
                .isTrue();
        assertThat(NoticeBanner.unseen(Optional.of(ANNOUNCED), ANNOUNCED))
                .as("looked since")
                .isFalse();
    }
}
