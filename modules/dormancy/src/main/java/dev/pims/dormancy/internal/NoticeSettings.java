package dev.pims.dormancy.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the notices go, from MicroProfile Config at each run. How long a member may be idle is membership's
 * ({@code pims.dormancy.after-days}, {@link dev.pims.membership.DormancySettings}); this is what only the notice needs.
 *
 * @param ahead         {@code pims.dormancy.notice-days} (30): how long before the dormancy date the notice goes
 * @param chunkSize     {@code pims.dormancy.chunk-size} (500): members per chunk, each chunk one transaction
 * The mail's link starts with the one public address of every mail ({@link dev.pims.mail.PublicUrl}).
 */
public record NoticeSettings(Duration ahead, int chunkSize) {

    static final String NOTICE_DAYS = "pims.dormancy.notice-days";
    static final String CHUNK_SIZE = "pims.dormancy.chunk-size";
    static final int DEFAULT_NOTICE_DAYS = 30;
    static final int DEFAULT_CHUNK_SIZE = 500;

    public NoticeSettings {
        if (ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException(NOTICE_DAYS + " must be at least 1 day, not " + ahead);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException(CHUNK_SIZE + " must be at least 1, not " + chunkSize);
        }
    }

    static NoticeSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new NoticeSettings(
                Duration.ofDays(
                        config.getOptionalValue(NOTICE_DAYS, Integer.class).orElse(DEFAULT_NOTICE_DAYS)),
                config.getOptionalValue(CHUNK_SIZE, Integer.class).orElse(DEFAULT_CHUNK_SIZE));
    }

    /** A run at {@code at} tells the members who become dormant before this. */
    LocalDateTime dormantBefore(LocalDateTime at) {
        return at.plus(ahead);
    }

    /**
     * The date a notice at {@code at} announces: the member's dormancy date, or, when that has passed already (PIMS
     * did not run, or the member was made idle by the demo), the notice period from now, since a member is never made
     * dormant without the full notice.
     */
    LocalDateTime announced(LocalDateTime dormantFrom, LocalDateTime at) {
        return dormantFrom.isAfter(at) ? dormantFrom : at.plus(ahead);
    }
}
