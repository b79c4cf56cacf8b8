package dev.pims.membership;

import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a member may be idle before the account becomes dormant (policy §4C): {@code pims.dormancy.after-days},
 * 365 unless configured otherwise.
 */
public record DormancySettings(Duration idleBeforeDormancy) {

    static final String AFTER_DAYS = "pims.dormancy.after-days";
    private static final int DEFAULT_AFTER_DAYS = 365;

    public static DormancySettings fromConfig() {
        int days = ConfigProvider.getConfig()
                .getOptionalValue(AFTER_DAYS, Integer.class)
                .orElse(DEFAULT_AFTER_DAYS);
        return new DormancySettings(Duration.ofDays(days));
    }

    /**
     * When an account last active at {@code lastActiveAt} becomes dormant: a year (or the configured time) later, but
     * not before the end of a period the member agreed to stay active.
     */
    public LocalDateTime dormantFrom(LocalDateTime lastActiveAt, LocalDateTime keepActiveUntil) {
        LocalDateTime idleEnds = lastActiveAt.plus(idleBeforeDormancy);
        return keepActiveUntil != null && keepActiveUntil.isAfter(idleEnds) ? keepActiveUntil : idleEnds;
    }

    /**
     * The last activity before which an account becomes dormant before {@code dormantBefore}, unless an agreement to
     * stay active lasts until then: the inverse of {@link #dormantFrom} for its idle year.
     */
    public LocalDateTime idleSinceBefore(LocalDateTime dormantBefore) {
        return dormantBefore.minus(idleBeforeDormancy);
    }
}
