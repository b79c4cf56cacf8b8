package dev.pims.staff;

import java.time.LocalDateTime;

/** One line of the access-rights history: when, who changed it, whose rights, what, which right, and why. */
public class RightsChange {

    private final LocalDateTime occurredAt;
    private final String actorId;
    private final String targetLoginId;
    private final RightsChangeKind kind;
    private final String rightName;
    private final String reason;

    public RightsChange(LocalDateTime occurredAt, String actorId, String targetLoginId, RightsChangeKind kind,
            String rightName, String reason) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.targetLoginId = targetLoginId;
        this.kind = kind;
        this.rightName = rightName;
        this.reason = reason;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorId() {
        return actorId;
    }

    public String getTargetLoginId() {
        return targetLoginId;
    }

    public RightsChangeKind getKind() {
        return kind;
    }

    /** The role or data category granted or revoked; null for the creation and removal of an account. */
    public String getRightName() {
        return rightName;
    }

    /** Whether the right named is a role (otherwise it is a data category, or there is none). */
    public boolean isRoleChange() {
        return kind == RightsChangeKind.ROLE_GRANTED || kind == RightsChangeKind.ROLE_REVOKED;
    }

    public String getReason() {
        return reason;
    }
}
