package dev.pims.membership.internal;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The numbers that slow and stop the guessing of members' passwords (policy §7A), read at each attempt from the system
 * properties or else MicroProfile Config, so that an operator's or a test's system property takes effect at once.
 *
 * @param maxFailures failures in a row for one address that lock it ({@code pims.member.login.max-failures}, 5)
 * @param lock the first lock ({@code pims.member.login.lock-minutes}, 15); each further lock in a row doubles it
 * @param maxLock the longest lock ({@code pims.member.login.max-lock-minutes}, 1440)
 * @param firstDelay the wait of the answer after the first failure ({@code pims.member.login.delay-millis}, 250); each
 *     further failure in a row doubles it
 * @param maxDelay the longest wait ({@code pims.member.login.max-delay-millis}, 4000)
 * @param clientMaxFailures failures from one client address within the window that refuse its logins until the
 *     window passes ({@code pims.member.login.client-max-failures}, 100)
 * @param clientWindow that window ({@code pims.member.login.client-window-minutes}, 15)
 */
record GuessingSettings(
        int maxFailures,
        Duration lock,
        Duration maxLock,
        Duration firstDelay,
        Duration maxDelay,
        int clientMaxFailures,
        Duration clientWindow) {

    static GuessingSettings current() {
        Config config = ConfigProvider.getConfig();
        return new GuessingSettings(
                number(config, "pims.member.login.max-failures", 5),
                Duration.ofMinutes(number(config, "pims.member.login.lock-minutes", 15)),
                Duration.ofMinutes(number(config, "pims.member.login.max-lock-minutes", 1440)),
                Duration.ofMillis(number(config, "pims.member.login.delay-millis", 250)),
                Duration.ofMillis(number(config, "pims.member.login.max-delay-millis", 4000)),
                number(config, "pims.member.login.client-max-failures", 100),
                Duration.ofMinutes(number(config, "pims.member.login.client-window-minutes", 15)));
    }

    /**
     * A system property first, read as it is now (an operator's or a test's change at run time counts at once, whatever
     * the configuration's cache), then MicroProfile Config (e.g. the environment), then the default.
     */
    private static int number(Config config, String name, int defaultValue) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Integer.parseInt(property.trim());
        }
        return config.getOptionalValue(name, Integer.class).orElse(defaultValue);
    }

    /** The wait after the given number of failures in a row: doubling from the first, at most the longest. */
    Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The length of the n-th lock in a row (from 1): doubling from the first, at most the longest. */
    Duration lockNumber(int locks) {
        Duration length = lock.multipliedBy(1L << Math.min(Math.max(locks - 1, 0), 20));
        return length.compareTo(maxLock) > 0 ? maxLock : length;
    }
}
