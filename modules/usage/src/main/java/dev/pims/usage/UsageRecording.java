package dev.pims.usage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The main service's report of one use by a member (policy §2A(2)), recorded at PIMS's time as an audited INPUT of
 * service usage. Only existing, active members' uses are recorded.
 */
public interface UsageRecording {

    /** @throws UsageRefusal when no active member has the id */
    void record(long memberId, @NotNull @Valid UsageEvent event);
}
