package dev.pims.audit;

/**
 * How far a verification of the chain has come.
 *
 * {@code running}: whether one is running now
 * {@code checked}: records checked so far
 * {@code total}: records to check (the chain's length after the last checkpoint when it started)
 */
public final class VerificationProgress {

    private final boolean running;
    private final long checked;
    private final long total;

    public VerificationProgress(boolean running, long checked, long total) {
        this.running = running;
        this.checked = checked;
        this.total = total;
    }

    public boolean isRunning() {
        return running;
    }

    public long getChecked() {
        return checked;
    }

    public long getTotal() {
        return total;
    }

    /** Whole per cent done, 100 when there was nothing to check. */
    public int getPercent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, checked * 100 / total);
    }
}
