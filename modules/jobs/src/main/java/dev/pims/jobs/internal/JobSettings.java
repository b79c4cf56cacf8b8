package dev.pims.jobs.internal;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The runner's settings, read at each pass from MicroProfile Config (system properties or environment), so that an
 * operator can tune them without a new build.
 *
 * @param lease        how long a claimed run is held without a progress report before another runner may take it
 *                     over ({@code pims.jobs.lease-seconds}, 300)
 * @param maxAttempts  how many times a scheduled time is attempted in all, the first run included
 *                     ({@code pims.jobs.max-attempts}, 3)
 * @param catchUpLimit how many missed runs of one job a pass claims at most; the next pass claims the rest
 *                     ({@code pims.jobs.catch-up-limit}, 366)
 */
record JobSettings(Duration lease, int maxAttempts, int catchUpLimit) {

    static final JobSettings DEFAULTS = new JobSettings(Duration.ofMinutes(5), 3, 366);

    static final Duration DEFAULT_TICK = Duration.ofMinutes(1);

    JobSettings {
        if (lease.isNegative() || lease.isZero() || maxAttempts < 1 || catchUpLimit < 1) {
            throw new IllegalArgumentException(
                    "Job settings out of range: " + lease + ", " + maxAttempts + ", " + catchUpLimit);
        }
    }

    /**
     * How often the runner looks for due runs ({@code pims.jobs.tick-seconds}, 60), read once at start, when its timer
     * is made. A shorter tick only makes a due run start sooner: which runs are due is the ledger's and the schedules'.
     */
    static Duration tick() {
        long seconds = ConfigProvider.getConfig()
                .getOptionalValue("pims.jobs.tick-seconds", Long.class)
                .orElse(DEFAULT_TICK.toSeconds());
        if (seconds < 1) {
            throw new IllegalArgumentException("pims.jobs.tick-seconds must be at least 1, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    static JobSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new JobSettings(
                Duration.ofSeconds(config.getOptionalValue("pims.jobs.lease-seconds", Long.class)
                        .orElse(DEFAULTS.lease().toSeconds())),
                config.getOptionalValue("pims.jobs.max-attempts", Integer.class).orElse(DEFAULTS.maxAttempts()),
                config.getOptionalValue("pims.jobs.catch-up-limit", Integer.class)
                        .orElse(DEFAULTS.catchUpLimit()));
    }
}
