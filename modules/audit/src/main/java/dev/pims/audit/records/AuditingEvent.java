package dev.pims.audit.records;

import java.time.LocalDateTime;

/**
 * A start or stop of auditing: PIMS writes a chained access record each time the server starts and stops, so a
 * stretch without auditing shows as a start that no stop preceded.
 *
 * @param started true for a start, false for a stop
 * @param stopBeforeMissing for a start: the previous event was a start too, so the server before it ended without a
 *                          recorded stop (a crash, or auditing off)
 */
public record AuditingEvent(long position, LocalDateTime occurredAt, boolean started, boolean stopBeforeMissing) {}
