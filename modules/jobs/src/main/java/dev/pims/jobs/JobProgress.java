package dev.pims.jobs;

/**
 * What a running job tells the ledger while it works: how far it got. Each report may renew the run's lease (in a
 * short transaction of its own), so a job that works longer than the lease ({@code pims.jobs.lease-seconds}) must
 * report at least once per lease, e.g. after each chunk; a run whose lease expires is taken over by another runner.
 */
public interface JobProgress {

    /**
     * Adds the items handled since the last report to the run's count, and renews the lease.
     *
     * @throws LeaseLost if another runner has taken the run over (this one's lease had expired): stop working
     */
    void advance(long items);

    /**
     * Says how many items the run will handle in all, so that a page can show how far it got; said again by a retry,
     * it counts what is left.
     *
     * @throws LeaseLost if another runner has taken the run over
     */
    void expect(long items);

    /** The ledger's id of the run: what a job's own records of the run refer to. */
    long runId();

    /** Which attempt at the scheduled time this is: 1, then 2, ... when a failed or abandoned run is retried. */
    int attempt();

    /** The run was taken over by another runner: this one must stop, and its result is not recorded. */
    final class LeaseLost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public LeaseLost(String message) {
            super(message);
        }
    }

    /** Progress that goes nowhere: for calling a job outside the runner. */
    static JobProgress none() {
        return new JobProgress() {
            @Override
            public void advance(long items) {
                // nothing records it
            }

            @Override
            public void expect(long items) {
                // nothing records it
            }

            @Override
            public long runId() {
                return 0;
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }
}
