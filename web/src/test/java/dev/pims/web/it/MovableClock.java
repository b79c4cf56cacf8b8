package dev.pims.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test only, never in the product WAR: the server's clock, moved forward by an offset that tests set through
 * {@link MovableClockServlet}, so that expiry, retention and dormancy can be tested across days and years. It replaces
 * the system clock of {@code ClockProducer} everywhere (an alternative with a priority), and every clock it gave out
 * follows later moves, also those injected into singletons at start-up.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private volatile Duration offset = Duration.ZERO;

    @Produces
    Clock clock() {
        return new Shifted(this, ZoneOffset.UTC);
    }

    void moveTo(Duration newOffset) {
        this.offset = newOffset;
    }

    Duration offset() {
        return offset;
    }

    /** The system time plus the offset at the moment of asking. */
    private static final class Shifted extends Clock {

        private final MovableClock movable;
        private final ZoneId zone;

        Shifted(MovableClock movable, ZoneId zone) {
            this.movable = movable;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new Shifted(movable, newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(movable.offset());
        }
    }
}
