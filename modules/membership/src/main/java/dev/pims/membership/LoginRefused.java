package dev.pims.membership;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.DataSubjects;
import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * A member login refused (policy §7A, guessing): the audited road records it as DENIED, so that the monthly inspection's
 * "repeated denials" flag sees guessing. Unlike other denials it keeps its transaction ({@code rollback = false}): the
 * failure counted and the mail telling the member of a lock commit with the refusal. The login page shows one message
 * for a wrong address and a wrong password alike; {@link #delay} is how long the answer waits, growing with each
 * failure in a row.
 */
@ApplicationException(rollback = false)
public class LoginRefused extends AccessDeniedException implements DataSubjects {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** An unknown address, a wrong password, or an account that may not log in; one message for all. */
        WRONG_CREDENTIALS,
        /**
         * Too many failures in a row for this address: locked for a while, whether or not an account has it, so that
         * the lock tells nobody that the address is a member's.
         */
        ADDRESS_LOCKED,
        /** Too many failures from this client address: every login from it waits for the end of the window. */
        CLIENT_LIMITED,
        /**
         * The right password of a child under 14 whose legal representative has not consented yet (policy §9): only
         * the right password learns it.
         */
        AWAITS_GUARDIAN
    }

    private final Reason reason;
    private final Long memberId;
    private final Duration delay;
    private final long lockMinutes;

    public LoginRefused(Reason reason, Long memberId, Duration delay, long lockMinutes) {
        super("Login refused: " + reason);
        this.reason = reason;
        this.memberId = memberId;
        this.delay = delay;
        this.lockMinutes = lockMinutes;
    }

    public Reason reason() {
        return reason;
    }

    /** How long the answer waits before it is given: the progressive delay of guessing. */
    public Duration delay() {
        return delay;
    }

    /** For {@link Reason#ADDRESS_LOCKED} and {@link Reason#CLIENT_LIMITED}: at most how many minutes it lasts. */
    public long lockMinutes() {
        return lockMinutes;
    }

    /** The account whose address was tried, for the access record; never shown. */
    @Override
    public Collection<Long> dataSubjectIds() {
        return memberId == null ? List.of() : List.of(memberId);
    }
}
