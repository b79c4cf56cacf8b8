package dev.pims.jobs.testing.crash;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test only: a job due every day at midnight UTC that works through {@value #ITEMS} items in chunks of one, so that a
 * test can kill the server in the middle of its run and see what a restart makes of it. It does nothing (and says so
 * in its summary) unless the system property {@value #DIR} names a directory; then each item it does is recorded there
 * as a file of its own, {@code <scheduled time>/item-NN.attempt-A}, written under a temporary name and moved into place
 * atomically, so that a file is there whole or not at all. The run is idempotent for its scheduled time: it skips every
 * item recorded by any attempt, and reports each item it does ({@link JobProgress#advance(long)}). When the system
 * property {@value #PAUSE_AFTER} is set (cleared when taken), its first attempt stops after that many items: it writes
 * the file {@value #SIGNAL_FILE} in the directory (atomically), holding the scheduled time, and waits until the server dies.
 */
@ApplicationScoped
public class ChunkedCrashProbe implements ScheduledJob {

    /** The probe's name in the ledger. */
    public static final String NAME = "test.chunked-crash-probe";
    /** The system property naming the directory the items are recorded in; unset, the probe does nothing. */
    public static final String DIR = "pims.test.crash-probe.dir";
    /** The system property telling the first attempt to stop after this many items; cleared when taken. */
    public static final String PAUSE_AFTER = "pims.test.crash-probe.pause-after";
    /** The file, in the directory, that the stopped attempt writes with its scheduled time. */
    public static final String SIGNAL_FILE = "paused";
    /** How many items each run works through. */
    public static final int ITEMS = 10;

    private static final Pattern RECORD = Pattern.compile("item-(\\d+)\\.attempt-(\\d+)");

    /** One item as recorded: which item, by which attempt. */
    public record Done(int item, int attempt) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.MIDNIGHT);
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        String dir = System.getProperty(DIR);
        if (dir == null) {
            return new JobResult(0, "crash probe not armed");
        }
        int pauseAfter = pauseAfter(progress.attempt());
        Path records = recordsOf(Path.of(dir), scheduledFor);
        try {
            Files.createDirectories(records);
            int done = 0;
            int skipped = 0;
            for (int item = 1; item <= ITEMS; item++) {
                if (isRecorded(records, item)) {
                    skipped++;
                    continue;
                }
                record(records, item, progress.attempt());
                done++;
                progress.advance(1);
                if (done == pauseAfter) {
                    pause(Path.of(dir).resolve(SIGNAL_FILE), scheduledFor);
                }
            }
            return new JobResult(done, "crash probe did " + done + " items, found " + skipped + " done");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Every item recorded for the scheduled time under the directory, in the order of their names: an item done twice
     * is there twice (once for each attempt that did it).
     */
    public static List<Done> recordedIn(Path dir, Instant scheduledFor) throws IOException {
        Path records = recordsOf(dir, scheduledFor);
        if (!Files.isDirectory(records)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(records)) {
            return files.map(file -> RECORD.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> new Done(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))))
                    .sorted(Comparator.comparingInt(Done::item).thenComparingInt(Done::attempt))
                    .toList();
        }
    }

    /** The scheduled times the probe recorded items for under the directory (one subdirectory each). */
    public static List<Instant> scheduledTimesIn(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .map(entry -> Instant.ofEpochSecond(
                            Long.parseLong(entry.getFileName().toString())))
                    .sorted()
                    .toList();
        }
    }

    private static Path recordsOf(Path dir, Instant scheduledFor) {
        return dir.resolve(Long.toString(scheduledFor.getEpochSecond()));
    }

    private static int pauseAfter(int attempt) {
        String pauseAfter = System.getProperty(PAUSE_AFTER);
        if (pauseAfter == null || attempt != 1) {
            return -1;
        }
        System.clearProperty(PAUSE_AFTER);
        return Integer.parseInt(pauseAfter);
    }

    private static boolean isRecorded(Path records, int item) throws IOException {
        try (Stream<Path> files = Files.list(records)) {
            return files.map(file -> RECORD.matcher(file.getFileName().toString()))
                    .anyMatch(match -> match.matches() && Integer.parseInt(match.group(1)) == item);
        }
    }

    private static void record(Path records, int item, int attempt) throws IOException {
        String name = "item-%02d.attempt-%d".formatted(item, attempt);
        Path written = records.resolve(name + ".tmp");
        Files.writeString(written, "item " + item + " done by attempt " + attempt);
        Files.move(written, records.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void pause(Path signal, Instant scheduledFor) {
        HeldUntilKilled.signalAndHold(signal, scheduledFor.toString());
    }
}
