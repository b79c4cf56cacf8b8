package dev.pims.marketing.internal;

import java.time.LocalDateTime;
import java.time.Period;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the marketing jobs work, from MicroProfile Config at each run.
 *
 * @param reconfirmEvery {@code pims.marketing.reconfirm-years} (2): how long after the consent, or after the notice
 *                       before, a member is told of their consent again (Network Act Art. 50(8): every two years)
 * @param chunkSize      {@code pims.marketing.chunk-size} (500): members per chunk, each chunk one transaction
 */
record MarketingSettings(Period reconfirmEvery, int chunkSize) {

    static final String RECONFIRM_YEARS = "pims.marketing.reconfirm-years";
    static final String CHUNK_SIZE = "pims.marketing.chunk-size";
    static final int DEFAULT_RECONFIRM_YEARS = 2;
    static final int DEFAULT_CHUNK_SIZE = 500;

    MarketingSettings {
        if (reconfirmEvery.isNegative() || reconfirmEvery.isZero()) {
            throw new IllegalArgumentException(RECONFIRM_YEARS + " must be at least 1, not " + reconfirmEvery);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException(CHUNK_SIZE + " must be at least 1, not " + chunkSize);
        }
    }

    static MarketingSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new MarketingSettings(
                Period.ofYears(
                        config.getOptionalValue(RECONFIRM_YEARS, Integer.class).orElse(DEFAULT_RECONFIRM_YEARS)),
                config.getOptionalValue(CHUNK_SIZE, Integer.class).orElse(DEFAULT_CHUNK_SIZE));
    }

    /** A run at {@code at} tells the members whose cycle began at or before this. */
    LocalDateTime cycleBeganBy(LocalDateTime at) {
        return at.minus(reconfirmEvery);
    }

    /** Whether a cycle that began at {@code cycleFrom} has ended by {@code at}: its notice is due. */
    boolean due(LocalDateTime cycleFrom, LocalDateTime at) {
        return !cycleFrom.isAfter(cycleBeganBy(at));
    }
}
