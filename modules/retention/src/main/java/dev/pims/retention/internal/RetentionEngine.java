package dev.pims.retention.internal;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.domain.DestructionLedger;
import dev.pims.retention.domain.StoreCompaction;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * Destroys what every rule holds due, every day at 04:00 UTC, in chunks of {@value #CHUNK_PROPERTY} records (1 000 by
 * default), each its own transaction ({@link ChunkDestruction}); then compacts the tables it destroyed from (§6B).
 * <p>
 * A record is due when its clock is earlier than the <em>scheduled</em> time minus the rule's period, so a run is
 * idempotent for its scheduled time as the ledger asks: an attempt after a crash finds gone what the first destroyed,
 * destroys the rest by the same threshold, and touches nothing younger. The compaction covers every rule that destroyed
 * anything in the run, by any attempt.
 * <p>
 * Before a rule destroys anything, the run's threshold goes into the {@link DestructionJournal} beside the backups.
 * After a restore ({@link PendingReplay}) a rule's threshold is the later of its own and the journal's since the
 * backup, so the run destroys again what was destroyed after the backup; {@link ReplayBeforeServing} runs it at start.
 */
@ApplicationScoped
class RetentionEngine implements ScheduledJob {

    static final String CHUNK_PROPERTY = "pims.retention.chunk-size";
    private static final int DEFAULT_CHUNK = 1_000;

    @Inject
    @Any
    private Instance<RetentionRule> rules;

    @Inject
    private ChunkDestruction chunks;

    @Inject
    private DestructionLedger ledger;

    @Inject
    private StoreCompaction compaction;

    @Inject
    private DestructionJournal journal;

    @Inject
    private PendingReplay replay;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return RetentionOverview.ENGINE_JOB;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(4, 0));
    }

    /** Every rule, by name: the order of a run and of the page. */
    List<RetentionRule> rules() {
        return StreamSupport.stream(rules.spliterator(), false)
                .sorted(Comparator.comparing(RetentionRule::name))
                .toList();
    }

    /** The clock before which the rule's records are due at this time. */
    static LocalDateTime threshold(RetentionRule rule, LocalDateTime at) {
        return at.minus(rule.period());
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        LocalDateTime at = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        int chunk = Math.max(1, Integer.getInteger(CHUNK_PROPERTY, DEFAULT_CHUNK));
        List<RetentionRule> ordered = rules();
        Map<String, LocalDateTime> replayed = replay.thresholds();
        Map<String, LocalDateTime> thresholds = new HashMap<>();
        Map<String, Long> due = new HashMap<>();
        for (RetentionRule rule : ordered) {
            LocalDateTime threshold = laterOf(threshold(rule, at), replayed.get(rule.name()));
            thresholds.put(rule.name(), threshold);
            due.put(rule.name(), chunks.countDue(rule, threshold));
        }
        progress.expect(due.values().stream().mapToLong(Long::longValue).sum());
        long destroyed = 0;
        StringBuilder summary = new StringBuilder();
        for (RetentionRule rule : ordered) {
            long byRule = 0;
            if (due.get(rule.name()) > 0) {
                LocalDateTime threshold = thresholds.get(rule.name());
                journal.intend(
                        progress.runId(), rule.name(), threshold, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                byRule = destroyAllDue(rule, threshold, chunk, progress);
            }
            destroyed += byRule;
            if (byRule > 0) {
                summary.append(summary.isEmpty() ? "" : ", ")
                        .append(rule.name())
                        .append(' ')
                        .append(byRule);
            }
        }
        long compactionMillis = compactWhatTheRunTouched(ordered, progress);
        if (!replayed.isEmpty()) {
            replay.done();
        }
        return new JobResult(
                destroyed,
                destroyed + " records destroyed" + (summary.isEmpty() ? "" : " (" + summary + ")")
                        + (replayed.isEmpty() ? "" : ", replaying the destructions since the restored backup")
                        + "; tables compacted in " + compactionMillis + " ms");
    }

    private static LocalDateTime laterOf(LocalDateTime own, LocalDateTime replayed) {
        return replayed != null && replayed.isAfter(own) ? replayed : own;
    }

    private long destroyAllDue(RetentionRule rule, LocalDateTime threshold, int chunk, JobProgress progress) {
        long destroyed = 0;
        DestroyedRecords done;
        do {
            done = chunks.destroy(rule, threshold, chunk, progress.runId());
            destroyed += done.count();
            progress.advance(done.count());
        } while (done.count() >= chunk);
        return destroyed;
    }

    private long compactWhatTheRunTouched(List<RetentionRule> ordered, JobProgress progress) {
        Set<String> touched = ledger.rulesThatDestroyedIn(progress.runId());
        Map<Store, Set<String>> tables = new EnumMap<>(Store.class);
        for (RetentionRule rule : ordered) {
            if (touched.contains(rule.name())) {
                tables.computeIfAbsent(rule.store(), store -> new TreeSet<>()).addAll(rule.tables());
            }
        }
        long started = System.nanoTime();
        tables.forEach((store, names) -> {
            compaction.compact(store, names);
            progress.advance(0);
        });
        return (System.nanoTime() - started) / 1_000_000;
    }
}
