package dev.pims.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswerTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    private final AtomicInteger asked = new AtomicInteger();
    private final RecentAnswer<Integer> answer = new RecentAnswer<>(Duration.ofSeconds(1));

    private Integer ask() {
        return asked.incrementAndGet();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void theSourceIsAskedOnceWithinTheLifetimeAndAgainWhenItEnds() {
        assertThat(answer.get(at(NOON), this::ask)).isEqualTo(1);
        assertThat(answer.get(at(NOON.plusMillis(999)), this::ask)).isEqualTo(1);
        assertThat(answer.get(at(NOON.plusSeconds(1)), this::ask)).isEqualTo(2);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aClockSetBackAsksTheSourceAgain() {
        answer.get(at(NOON), this::ask);
        assertThat(answer.get(at(NOON.minusMillis(1)), this::ask)).isEqualTo(2);
    }
}
