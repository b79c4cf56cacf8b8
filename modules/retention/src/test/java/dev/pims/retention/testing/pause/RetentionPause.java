package dev.pims.retention.testing.pause;

import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionRule;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: holds the retention engine inside a chunk, so that a test can kill the server there. When the system
 * property {@value #AFTER_CHUNKS} is set (cleared when taken), the chunk after that many chunks of any rule has
 * destroyed its records and stops before its transaction commits: it writes the file named by {@value #SIGNAL}
 * (atomically), holding the number of chunks committed before it, and waits until the server dies.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class RetentionPause implements RetentionRule {

    /** The system property: after how many committed chunks the next one stops; cleared when taken. */
    public static final String AFTER_CHUNKS = "pims.test.retention-pause-after-chunks";
    /** The system property naming the file written when a chunk has stopped. */
    public static final String SIGNAL = "pims.test.retention-pause-signal";

    private static final AtomicInteger CHUNKS = new AtomicInteger();

    @Inject
    @Delegate
    @Any
    private RetentionRule rule;

    @Override
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        DestroyedRecords chunk = rule.destroyDueBefore(threshold, max);
        String after = System.getProperty(AFTER_CHUNKS);
        if (after != null && chunk.count() > 0) {
            int committed = CHUNKS.getAndIncrement();
            if (committed >= Integer.parseInt(after)) {
                System.clearProperty(AFTER_CHUNKS);
                pause(committed);
            }
        }
        return chunk;
    }

    private static void pause(int committedBefore) {
        HeldUntilKilled.signalAndHold(Path.of(System.getProperty(SIGNAL)), Integer.toString(committedBefore));
    }
}
