package dev.pims.audit.records;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The last record of a page (time and id): the next page holds the records older than it, read from the index on. */
public record AccessLogCursor(LocalDateTime occurredAt, long id) implements Serializable {}
