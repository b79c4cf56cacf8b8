package dev.pims.audit.records;

/**
 * How far a verification of the chain has come.
 *
 * @param running whether one is running now
 * @param checked records checked so far
 * @param total records to check (the chain's length after the last checkpoint when it started)
 */
public record VerificationProgress(boolean running, long checked, long total) {

    /** Whole per cent done, 100 when there was nothing to check. */
    public int percent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, checked * 100 / total);
    }
}
