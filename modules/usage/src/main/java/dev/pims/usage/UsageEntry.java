package dev.pims.usage;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One recorded use as a page shows it: to the member in clear, to a handler with the detail masked. */
public record UsageEntry(LocalDateTime occurredAt, UsageKind kind, String detail) implements Serializable {}
