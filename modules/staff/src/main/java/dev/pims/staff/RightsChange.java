package dev.pims.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the access-rights history: when, who changed it, whose rights, what, which right, and why.
 *
 * @param rightName the role or data category granted or revoked; null for the creation and removal of an account
 */
public record RightsChange(
        LocalDateTime occurredAt,
        String actorId,
        String targetLoginId,
        RightsChangeKind kind,
        String rightName,
        String reason)
        implements Serializable {

    /** Whether the right named is a role (otherwise it is a data category, or there is none). */
    public boolean roleChange() {
        return kind == RightsChangeKind.ROLE_GRANTED || kind == RightsChangeKind.ROLE_REVOKED;
    }
}
