package dev.pims.membership.internal;

import dev.pims.membership.LoginRefused;
import dev.pims.membership.domain.LoginFailures;
import dev.pims.membership.domain.LoginFailures.LoginFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed member logins (policy §7A, guessing) per address tried and per client address. Five failures in a row
 * for an address lock it for 15 minutes, each further lock in a row twice as long; each failure makes the answer wait
 * longer; too many failures from one client address refuse its logins for a while. The address is counted whether or
 * not it is a member's, so that a lock tells nobody which addresses are; it is kept as a keyed hash only.
 *
 * <p>The failures are kept in the store ({@link LoginFailures}) and an address's run of failures and locks is replayed
 * from them: a restart forgets nothing, every server of a cluster counts the same failures, and two failures at once
 * never overwrite each other's count.
 */
@ApplicationScoped
class LoginGuard {

    /** A run of failures with a day's quiet before the next one starts its locks from the first again. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    @Inject
    private LoginFailures failures;

    LoginGuard() {}

    /** Outside a server, on failures of the caller's choosing: the tests'. */
    LoginGuard(LoginFailures failures) {
        this.failures = failures;
    }

    /** What a failure did: how long the answer waits, and whether it locked the address (for how long). */
    record Failure(Duration delay, boolean lockedNow, Duration lock) {}

    /** Where an address's failures have brought it: the failures of the current run, the locks in a row, the lock. */
    private record Run(int failures, int locks, LocalDateTime lockedUntil, LocalDateTime lastFailure) {

        static final Run NONE = new Run(0, 0, null, null);

        static Run of(List<LoginFailure> failures, GuessingSettings settings) {
            Run run = NONE;
            for (LoginFailure failure : failures) {
                run = run.after(failure.failedAt(), settings);
            }
            return run;
        }

        boolean lockedAt(LocalDateTime now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** The run after one more failure at {@code at}. */
        Run after(LocalDateTime at, GuessingSettings settings) {
            int locksSoFar =
                    lastFailure != null && lastFailure.plus(FORGET_AFTER).isBefore(at) ? 0 : locks;
            // A lock that has run out begins a new run of failures; the next lock in a row lasts longer.
            boolean lockRanOut = lockedUntil != null && !at.isBefore(lockedUntil);
            int failuresNow = (lockRanOut ? 0 : failures) + 1;
            if (failuresNow >= settings.maxFailures()) {
                int locksNow = locksSoFar + 1;
                return new Run(failuresNow, locksNow, at.plus(settings.lockNumber(locksNow)), at);
            }
            return new Run(failuresNow, locksSoFar, lockRanOut ? null : lockedUntil, at);
        }
    }

    /**
     * The refusal due before the password is even checked: a client over its limit, or a locked address (an attempt
     * on which counts against the client).
     */
    Optional<LoginRefused.Reason> refusedBeforeCheck(
            String addressKey, String client, LocalDateTime now, GuessingSettings settings) {
        if (failures.fromClientSince(client, now.minus(settings.clientWindow())) >= settings.clientMaxFailures()) {
            return Optional.of(LoginRefused.Reason.CLIENT_LIMITED);
        }
        if (Run.of(failures.ofAddress(addressKey), settings).lockedAt(now)) {
            // Hammering a locked address is guessing too: it counts against the client, not the address.
            failures.add(now, client, null, null);
            return Optional.of(LoginRefused.Reason.ADDRESS_LOCKED);
        }
        return Optional.empty();
    }

    /** Counts a failure of the address, a member's ({@code memberId}) or not ({@code null}). */
    Failure failed(String addressKey, String client, Long memberId, LocalDateTime now, GuessingSettings settings) {
        long own = failures.add(now, client, addressKey, memberId);
        // The run up to this failure: one counted at the same moment on another server comes before or after it.
        List<LoginFailure> run = failures.ofAddress(addressKey);
        int position = 0;
        while (position < run.size() && run.get(position).id() != own) {
            position++;
        }
        Run upToThisOne = Run.of(run.subList(0, Math.min(position + 1, run.size())), settings);
        Duration delay = settings.delayAfter(upToThisOne.failures());
        return upToThisOne.failures() >= settings.maxFailures()
                ? new Failure(delay, true, settings.lockNumber(upToThisOne.locks()))
                : new Failure(delay, false, Duration.ZERO);
    }

    /** How long the current lock of an address lasts in all, for the message of a refused attempt. */
    Duration currentLock(String addressKey, GuessingSettings settings) {
        return settings.lockNumber(
                Math.max(Run.of(failures.ofAddress(addressKey), settings).locks(), 1));
    }

    /** The right password ends the run of failures and the lengthening of locks. */
    void succeeded(String addressKey) {
        failures.forgetAddress(addressKey);
    }
}
