package dev.pims.jobs;

import java.util.function.Function;

/**
 * A run's walk through its items a chunk at a time, each chunk its own transaction that says where the next one
 * begins: the chunks follow one another until one reads less than a full chunk, and each reports its progress (which
 * renews the run's lease). A crash loses at most the chunk under way, whose transaction rolls back; a retry walks again
 * from the start, and each chunk skips what an earlier attempt did.
 */
public final class ChunkedWalk {

    private ChunkedWalk() {}

    /**
     * What one chunk did.
     *
     * @param next where the next chunk begins (e.g. the last member id read)
     * @param read how many items the chunk read
     * @param acted how many of them it acted on (mailed, noticed, ...)
     * @param <P> the kind of position in the walk
     */
    public record Chunk<P>(P next, int read, int acted) {}

    /** What the whole walk did: items read and items acted on. */
    public record Totals(long read, long acted) {}

    /** Walks from {@code start}, a chunk of at most {@code chunkSize} items after another. */
    public static <P> Totals walk(P start, int chunkSize, JobProgress progress, Function<P, Chunk<P>> chunk) {
        long read = 0;
        long acted = 0;
        P position = start;
        Chunk<P> done;
        do {
            done = chunk.apply(position);
            position = done.next();
            read += done.read();
            acted += done.acted();
            progress.advance(done.read());
        } while (done.read() >= chunkSize);
        return new Totals(read, acted);
    }
}
