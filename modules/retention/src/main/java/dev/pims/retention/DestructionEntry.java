package dev.pims.retention;

import java.time.LocalDateTime;

/**
 * What one run of the engine destroyed under one rule, summed over its chunks: never personal data.
 *
 * @param oldest      the earliest clock among the destroyed records
 * @param newest      the latest clock among them
 * @param destroyedAt when its last chunk was destroyed
 */
public record DestructionEntry(
        long jobRunId,
        String rule,
        long records,
        LocalDateTime oldest,
        LocalDateTime newest,
        LocalDateTime destroyedAt) {}
