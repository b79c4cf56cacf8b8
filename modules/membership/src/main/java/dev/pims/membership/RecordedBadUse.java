package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * A record of bad use (policy §2A(2)) as the member it names is shown it: when a handler recorded it and the reason
 * given. Which handler recorded it is not shown, as no member sees a staff member's name.
 */
public record RecordedBadUse(LocalDateTime recordedAt, String reason) {}
