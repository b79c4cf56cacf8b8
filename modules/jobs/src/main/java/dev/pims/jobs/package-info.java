/**
 * Scheduled jobs that keep their promises across restarts: the job-run ledger.
 * <p>
 * Payara Micro keeps persistent EJB timers in its in-memory data grid, so a single instance that restarts forgets
 * them, and a run that fell into the downtime would silently never happen. Here the database remembers instead:
 * every run of a job is a row of {@code JOB_RUN} (job name, scheduled time, start, end, outcome, count, summary),
 * unique per job and scheduled time.
 * <p>
 * <b>Writing a job.</b> Implement {@link ScheduledJob} as a CDI bean (e.g. {@code @ApplicationScoped} in your
 * context's {@code internal} package):
 * <pre>
 * &#64;ApplicationScoped
 * class MonthlyInspection implements ScheduledJob {
 *     public String name() { return "audit.monthly-inspection"; }
 *     public Schedule schedule() { return Schedule.monthly(1, LocalTime.of(2, 0)); }
 *     public JobResult run(Instant scheduledFor, JobProgress progress) { ...; return new JobResult(inspected, "42 records inspected"); }
 * }
 * </pre>
 * The runner finds it by itself. {@link ScheduledJob#run} is called outside any transaction, so the job opens the
 * transactions it needs (by calling its own {@code @Stateless} services); a thrown exception makes the run FAILED,
 * with the message as its summary. A job that works in chunks reports each through {@link JobProgress#advance}, which
 * renews its lease.
 * <p>
 * <b>What runs when.</b> At start-up (a few seconds after deployment) and every minute, the runner does for each job:
 * <ol>
 * <li><em>Retries.</em> A FAILED run, and a RUNNING run whose lease ({@code LEASE_UNTIL}) has expired because its
 * instance died, are taken over by a conditional UPDATE on the run's id, outcome, attempts and lease, so that of
 * several instances exactly one wins; it runs the job again for the same scheduled time, {@code ATTEMPTS} one more, up
 * to {@code pims.jobs.max-attempts} (default 3). A run at the maximum stays as it is, visible in the ledger.
 * <li><em>Every missed run.</em> Every scheduled time after the job's latest ledger row up to now (by the injected
 * {@code Clock}; {@link Schedule#scheduledBetween}), oldest first, at most {@code pims.jobs.catch-up-limit} (default
 * 366) a pass, the rest in the next passes (logged). A job without any row yet starts with the latest due time only,
 * so a fresh install does not run years of history. A sweep ({@link ScheduledJob#catchesUpLatestOnly()}, e.g. the mail
 * outbox's, {@link Schedule#everyMinutes} 1) has only its latest missed time claimed: its run does whatever is due then. Each time is claimed by inserting its row (the unique key is the
 * claim: of two instances only one insert succeeds), with this runner's id ({@code CLAIMED_BY}) and a lease of
 * {@code pims.jobs.lease-seconds} (default 300), renewed while the job reports progress.
 * </ol>
 * So <b>a job must be idempotent for its scheduled time</b>: the jobs of PIMS bring the data to the state the policy
 * asks for (destroy what is due, verify the whole chain, count the days not counted, make the month's report unless
 * made), so running a time again finds done what is done. A runner that lost its run (its lease expired and another
 * took over) gets {@link JobProgress.LeaseLost} from its next report, and its end is not recorded.
 */
package dev.pims.jobs;
