package dev.pims.membership.internal;

import dev.pims.membership.LoginRefused;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed member logins (policy §7A, guessing) per address tried and per client address. Five failures in a row
 * for an address lock it for 15 minutes, each further lock in a row twice as long; each failure makes the answer wait
 * longer; too many failures from one client address refuse its logins for a while. The address is counted whether or
 * not it is a member's, so that a lock tells nobody which addresses are; it is kept as a keyed hash only. The counts
 * live in this instance's memory: a restart forgets them, and each instance of a cluster counts its own.
 */
@ApplicationScoped
class LoginGuard {

    /** Beyond this many addresses counted, those idle for a day are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** The failures in a row of one address. */
    static final class Attempts {
        int failures;
        int locks;
        LocalDateTime lockedUntil;
        LocalDateTime lastFailure;

        synchronized boolean lockedAt(LocalDateTime now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final Map<String, Attempts> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<LocalDateTime>> byClient = new ConcurrentHashMap<>();

    /**
     * The refusal due before the password is even checked: a client over its limit, or a locked address (an attempt
     * on which counts against the client).
     */
    Optional<LoginRefused.Reason> refusedBeforeCheck(
            String addressKey, String client, LocalDateTime now, GuessingSettings settings) {
        if (clientFailures(client, now, settings) >= settings.clientMaxFailures()) {
            return Optional.of(LoginRefused.Reason.CLIENT_LIMITED);
        }
        Attempts attempts = byAddress.get(addressKey);
        if (attempts != null && attempts.lockedAt(now)) {
            // Hammering a locked address is guessing too: it counts against the client, not the address.
            noteClientFailure(client, now);
            return Optional.of(LoginRefused.Reason.ADDRESS_LOCKED);
        }
        return Optional.empty();
    }

    /** What a failure did: how long the answer waits, and whether it locked the address (for how long). */
    record Failure(Duration delay, boolean lockedNow, Duration lock) {}

    Failure failed(String addressKey, String client, LocalDateTime now, GuessingSettings settings) {
        noteClientFailure(client, now);
        tidy(now);
        Attempts attempts = byAddress.computeIfAbsent(addressKey, key -> new Attempts());
        synchronized (attempts) {
            if (attempts.lastFailure != null
                    && attempts.lastFailure.plus(FORGET_AFTER).isBefore(now)) {
                attempts.locks = 0;
            }
            if (attempts.lockedUntil != null && !now.isBefore(attempts.lockedUntil)) {
                // A lock that has run out begins a new run of failures; the next lock in a row lasts longer.
                attempts.lockedUntil = null;
                attempts.failures = 0;
            }
            attempts.failures++;
            attempts.lastFailure = now;
            Duration delay = settings.delayAfter(attempts.failures);
            if (attempts.failures >= settings.maxFailures()) {
                attempts.locks++;
                Duration lock = settings.lockNumber(attempts.locks);
                attempts.lockedUntil = now.plus(lock);
                return new Failure(delay, true, lock);
            }
            return new Failure(delay, false, Duration.ZERO);
        }
    }

    /** How long the current lock of an address lasts in all, for the message of a refused attempt. */
    Duration currentLock(String addressKey, GuessingSettings settings) {
        Attempts attempts = byAddress.get(addressKey);
        return attempts == null ? settings.lock() : settings.lockNumber(Math.max(attempts.locks, 1));
    }

    /** The right password ends the run of failures and the lengthening of locks. */
    void succeeded(String addressKey) {
        byAddress.remove(addressKey);
    }

    private int clientFailures(String client, LocalDateTime now, GuessingSettings settings) {
        Deque<LocalDateTime> failures = byClient.get(client);
        if (failures == null) {
            return 0;
        }
        synchronized (failures) {
            LocalDateTime windowStart = now.minus(settings.clientWindow());
            while (!failures.isEmpty() && failures.peekFirst().isBefore(windowStart)) {
                failures.pollFirst();
            }
            return failures.size();
        }
    }

    private void noteClientFailure(String client, LocalDateTime now) {
        Deque<LocalDateTime> failures = byClient.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(now);
            // One client's list never outgrows what the largest sensible limit needs to see.
            while (failures.size() > 10_000) {
                failures.pollFirst();
            }
        }
    }

    private void tidy(LocalDateTime now) {
        if (byAddress.size() > TIDY_ABOVE) {
            byAddress.values().removeIf(attempts -> {
                synchronized (attempts) {
                    return !attempts.lockedAt(now)
                            && attempts.lastFailure != null
                            && attempts.lastFailure.plus(FORGET_AFTER).isBefore(now);
                }
            });
        }
        if (byClient.size() > TIDY_ABOVE) {
            byClient.values().removeIf(failures -> {
                synchronized (failures) {
                    return failures.isEmpty()
                            || failures.peekLast().plus(FORGET_AFTER).isBefore(now);
                }
            });
        }
    }
}
