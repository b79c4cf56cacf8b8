package dev.pims.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What one server did under load. Latencies (sorted, in nanoseconds) are those of the successful answers that arrived
 * in the measured period; pages served and failures (counted by what went wrong) cover the whole run, warm-up
 * included; CPU times cover the measured period: the server's, the benchmark client's, and that of every other
 * process on the machine.
 */
record Measurement(Duration period, long[] latencies, long pagesServed, Map<String, Long> failures,
        Duration serverCpu, Duration clientCpu, Duration otherCpu) {

    double requestsPerSecond() {
        return latencies.length / (period.toNanos() / 1e9);
    }

    double latencyMillis(double percentile) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * latencies.length);
        return latencies[Math.max(rank, 1) - 1] / 1e6;
    }

    long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    double serverCpuMillisPerRequest() {
        return serverCpu.toNanos() / 1e6 / latencies.length;
    }

    double clientCpuMillisPerRequest() {
        return clientCpu.toNanos() / 1e6 / latencies.length;
    }

    /** How much of the machine's CPU capacity over the period the given CPU time is, in per cent. */
    double shareOfMachine(Duration cpu) {
        return 100.0 * cpu.toNanos() / period.toNanos() / Runtime.getRuntime().availableProcessors();
    }
}
