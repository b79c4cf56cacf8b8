package dev.pims.membership.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each member was last told that someone tried to sign up with their address: one such mail in an interval at
 * most, so that the public sign-up form cannot fill a member's mailbox. Kept by member id in this instance's memory: a
 * restart forgets it, and each instance of a cluster keeps its own, which at worst sends one more such mail in an
 * interval per instance.
 */
@ApplicationScoped
class SignUpAttemptMails {

    /** Beyond this many members noted, those told longer ago than the interval are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<Long, LocalDateTime> lastTold = new ConcurrentHashMap<>();

    /** Whether the member may be told at {@code now}, noting it if so: not when told less than {@code interval} ago. */
    boolean mayTell(long memberId, LocalDateTime now, Duration interval) {
        LocalDateTime recent = now.minus(interval);
        if (lastTold.size() > TIDY_ABOVE) {
            lastTold.values().removeIf(told -> !told.isAfter(recent));
        }
        LocalDateTime noted =
                lastTold.compute(memberId, (id, told) -> told != null && told.isAfter(recent) ? told : now);
        return noted == now;
    }
}
