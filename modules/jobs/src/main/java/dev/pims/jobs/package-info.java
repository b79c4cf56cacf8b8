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
 *     public JobResult run(Instant scheduledFor) { ...; return new JobResult(inspected, "42 records inspected"); }
 * }
 * </pre>
 * The runner finds it by itself. {@link ScheduledJob#run} is called outside any transaction, so the job opens the
 * transactions it needs (by calling its own {@code @Stateless} services); a thrown exception makes the run FAILED,
 * with the message as its summary.
 * <p>
 * <b>What runs when.</b> At start-up (a few seconds after deployment) and every minute, the runner asks each job's
 * {@link Schedule} for the latest scheduled time at or before now (by the injected {@code Clock}). If the ledger has
 * no row for that time, and none later, the runner claims it by inserting the row (the unique key is the claim: of
 * two instances only one insert succeeds) and runs the job. So after a restart only the <em>latest</em> missed run
 * of each job is caught up, never each missed one: every PIMS job brings the data to the state the policy asks for
 * "now" (destroy what is due, verify the whole chain), so running it once covers every run it missed. A run that was
 * claimed but never ended (the server died) stays RUNNING in the ledger, visible; the next scheduled run goes ahead.
 */
package dev.pims.jobs;
