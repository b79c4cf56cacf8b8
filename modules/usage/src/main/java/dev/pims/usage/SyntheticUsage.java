package dev.pims.usage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * Records made-up uses at a time of the caller's choosing (UTC), for {@code ./pims start --demo} and benchmarks, e.g.
 * spread over the past six years so that the retention rule has records to destroy. Only PIMS itself may call it
 * (start-up code, never an HTTP request), and every call is an audited INPUT like any other.
 */
public interface SyntheticUsage {

    /** @throws UsageRefusal when no active member has the id */
    void record(long memberId, @NotNull @Valid UsageEvent event, @NotNull LocalDateTime at);
}
