package dev.pims.dormancy.testing.pause;

import dev.pims.dormancy.domain.DormancyNotice;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: holds the separation of dormant accounts inside a chunk, so that a test can kill the server there. When the
 * system property {@value #AFTER_CHUNKS} is set (cleared when taken), the chunk after that many chunks has moved its
 * members' data over both stores and stops as it settles its notices, before its transaction commits: it writes the
 * file named by {@value #SIGNAL} (atomically), holding the number of chunks read before it, and waits until the server
 * dies.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SeparationPause implements NoticeRecords {

    /** The system property: after how many chunks the next one stops; cleared when taken. */
    public static final String AFTER_CHUNKS = "pims.test.separation-pause-after-chunks";
    /** The system property naming the file written when a chunk has stopped. */
    public static final String SIGNAL = "pims.test.separation-pause-signal";

    private static final AtomicInteger CHUNKS = new AtomicInteger();

    @Inject
    @Delegate
    @Any
    private NoticeRecords records;

    @Override
    public List<Due> dueForSeparation(LocalDateTime at, int max) {
        List<Due> due = records.dueForSeparation(at, max);
        if (!due.isEmpty()) {
            CHUNKS.incrementAndGet();
        }
        return due;
    }

    @Override
    public void settle(Collection<Long> noticeIds, DormancyNotice.Outcome outcome) {
        String after = System.getProperty(AFTER_CHUNKS);
        int read = CHUNKS.get();
        if (after != null && read > Integer.parseInt(after)) {
            System.clearProperty(AFTER_CHUNKS);
            pause(read - 1);
        }
        records.settle(noticeIds, outcome);
    }

    private static void pause(int committedBefore) {
        HeldUntilKilled.signalAndHold(Path.of(System.getProperty(SIGNAL)), Integer.toString(committedBefore));
    }
}
