package dev.pims.audit.records;

import java.time.LocalDateTime;

/**
 * The result of one verification of the access-record chain. When the chain is broken, {@code brokenPosition} and
 * {@code brokenRecordId} name the first broken link (a record may be missing, so either can be null) and
 * {@code problem} says what is wrong there.
 */
public record ChainVerification(
        long id,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String requestedBy,
        long fromPosition,
        long toPosition,
        long recordsChecked,
        ChainOutcome outcome,
        Long brokenPosition,
        Long brokenRecordId,
        String problem,
        String headHash) {}
