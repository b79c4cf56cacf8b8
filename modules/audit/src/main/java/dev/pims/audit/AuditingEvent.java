package dev.pims.audit;

import java.time.LocalDateTime;

/**
 * A start or stop of auditing: PIMS writes a chained access record each time the server starts and stops, so a
 * stretch without auditing shows as a start that no stop preceded.
 *
 * {@code started}: true for a start, false for a stop
 * {@code stopBeforeMissing}: for a start: the previous event was a start too, so the server before it ended without
 *                          a recorded stop (a crash, or auditing off)
 */
public final class AuditingEvent {

    private final long position;
    private final LocalDateTime occurredAt;
    private final boolean started;
    private final boolean stopBeforeMissing;

    public AuditingEvent(long position, LocalDateTime occurredAt, boolean started, boolean stopBeforeMissing) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.started = started;
        this.stopBeforeMissing = stopBeforeMissing;
    }

    public long getPosition() {
        return position;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isStopBeforeMissing() {
        return stopBeforeMissing;
    }
}
