package dev.pims.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signed-in sessions asking for /my/profile back to back, one client thread each: a warm-up, whose answers are checked
 * but not counted, then the measured period. An answer counts in the period in which it arrived.
 */
final class SessionLoad {

    /** Bounds each session's requests, whatever durations are asked for. */
    private static final int MAX_REQUESTS_PER_SESSION = 500_000;
    /** Clock ticks per second of /proc/stat: 100 on every Linux the JDK runs on. */
    private static final long USER_HZ = 100;

    private SessionLoad() {
    }

    static Measurement run(List<MemberSession> sessions, Duration warmUp, Duration measured,
            Supplier<Duration> serverCpuTime) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (MemberSession session : sessions) {
            Client client = new Client(session, measureFrom, measureUntil);
            clients.add(client);
            threads.add(new Thread(client, "session " + threads.size()));
        }
        threads.forEach(Thread::start);

        sleepUntil(measureFrom);
        Duration serverCpuFrom = serverCpuTime.get();
        long clientCpuFrom = clientCpuNanos();
        Duration machineCpuFrom = machineCpuTime();
        sleepUntil(measureUntil);
        Duration serverCpu = serverCpuTime.get().minus(serverCpuFrom);
        Duration clientCpu = Duration.ofNanos(clientCpuNanos() - clientCpuFrom);
        Duration machineCpu = machineCpuTime().minus(machineCpuFrom);
        for (Thread thread : threads) {
            thread.join();
        }

        long[] latencies = clients.stream()
                .flatMapToLong(client -> Arrays.stream(client.latencies, 0, client.measured))
                .sorted().toArray();
        Map<String, Long> failures = new TreeMap<>();
        clients.forEach(client -> client.failures.forEach((kind, count) -> failures.merge(kind, count, Long::sum)));
        return new Measurement(measured, latencies, clients.stream().mapToLong(client -> client.pagesServed).sum(),
                failures, serverCpu, clientCpu, machineCpu.minus(serverCpu).minus(clientCpu));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time all processes of the machine have used, from the first line of /proc/stat (Linux), so that a run can
     * tell how much of the machine something else took while it measured.
     */
    private static Duration machineCpuTime() {
        try {
            String[] jiffies = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal ...: all but idle and iowait are work.
            for (int field = 1; field <= 8; field++) {
                if (field != 4 && field != 5) {
                    busy += Long.parseLong(jiffies[field]);
                }
            }
            return Duration.ofMillis(busy * 1000 / USER_HZ);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One session's requests; its fields are read only after its thread has ended. */
    private static final class Client implements Runnable {

        private final MemberSession session;
        private final long measureFrom;
        private final long measureUntil;
        private final long[] latencies = new long[MAX_REQUESTS_PER_SESSION];
        private int measured;
        private long pagesServed;
        /** How many requests failed, by what went wrong. */
        private final Map<String, Long> failures = new TreeMap<>();

        Client(MemberSession session, long measureFrom, long measureUntil) {
            this.session = session;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        @Override
        public void run() {
            for (int request = 0; request < MAX_REQUESTS_PER_SESSION; request++) {
                long sent = System.nanoTime();
                if (sent >= measureUntil) {
                    return;
                }
                try {
                    session.viewProfile();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception failure) {
                    String kind = failure instanceof MemberSession.UnexpectedPage ? failure.getMessage().trim()
                            : failure.toString();
                    failures.merge(kind, 1L, Long::sum);
                    continue;
                }
                pagesServed++;
                long answered = System.nanoTime();
                if (answered >= measureFrom && answered < measureUntil) {
                    latencies[measured++] = answered - sent;
                }
            }
        }
    }
}
