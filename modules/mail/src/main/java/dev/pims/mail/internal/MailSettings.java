package dev.pims.mail.internal;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How mail is delivered, read at each attempt from MicroProfile Config (system properties or environment), so that a
 * changed setting holds from the next attempt on.
 *
 * @param smtp        {@code pims.mail.delivery=smtp}: through the {@code mail/pims} session; otherwise ({@code log},
 *                    the development default) written to the server log
 * @param maxAttempts {@code pims.mail.max-attempts}: after this many failed attempts a mail is GIVEN_UP
 */
record MailSettings(boolean smtp, int maxAttempts) {

    static final int DEFAULT_MAX_ATTEMPTS = 10;

    /** The longest wait between two attempts: a mail server down for a day is retried every hour. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * How long a claimed attempt holds the mail: far beyond the session's SMTP timeouts (5 s to connect, 10 s a
     * reply), so that only a sender that died leaves its claim to expire, and the mail is attempted again.
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    MailSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("pims.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
    }

    static MailSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new MailSettings(
                "smtp"
                        .equals(config.getOptionalValue("pims.mail.delivery", String.class)
                                .orElse("log")),
                config.getOptionalValue("pims.mail.max-attempts", Integer.class).orElse(DEFAULT_MAX_ATTEMPTS));
    }

    /**
     * How long to wait after a failed attempt before the next: 1 minute after the first, then twice as long after
     * each (2, 4, 8 … minutes), at most {@link #LONGEST_WAIT}.
     */
    static Duration waitAfter(int failedAttempt) {
        if (failedAttempt >= 7) {
            return LONGEST_WAIT;
        }
        Duration wait = Duration.ofMinutes(1L << Math.max(0, failedAttempt - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
