package dev.pims.notices.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One answer kept for a short while and shared by every request of this server. The banner asks the board on every
 * member's page, hundreds of times a second under load, for a value that changes a few times a year: asking the store
 * once a second instead costs a new announcement at most a second before the banner shows it, on every server of a
 * cluster alike. A clock set back (the tests move it) never serves an answer from its future.
 */
final class RecentAnswer<T> {

    private record Kept<T>(T answer, Instant askedAt) {}

    private final Duration lifetime;
    private volatile Kept<T> kept;

    RecentAnswer(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** The answer kept, while it is younger than its lifetime by this clock; otherwise a new one from the source. */
    T get(Clock clock, Supplier<T> source) {
        Instant now = clock.instant();
        Kept<T> current = kept;
        if (current != null
                && !now.isBefore(current.askedAt())
                && now.isBefore(current.askedAt().plus(lifetime))) {
            return current.answer();
        }
        T answer = source.get();
        kept = new Kept<>(answer, now);
        return answer;
    }
}
