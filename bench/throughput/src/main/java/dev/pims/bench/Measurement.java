package dev.pims.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What one server did under load. Requests, latencies and CPU times cover the measured period (CPU: the server's, the
 * load client's, and that of every other process on the machine); pages served and failures (counted by what went
 * wrong) cover the whole run, warm-up included. When a period ends, wrk stops waiting for the answers still on their
 * way: the server served those pages, but they are not counted; there are at most {@code unansweredAtMost}.
 */
record Measurement(
        Duration period,
        long requestsMeasured,
        long p50Micros,
        long p95Micros,
        long pagesServed,
        long unansweredAtMost,
        Map<String, Long> failures,
        Duration serverCpu,
        Duration clientCpu,
        Duration otherCpu) {

    double requestsPerSecond() {
        return requestsMeasured / (period.toNanos() / 1e9);
    }

    double p50Millis() {
        return p50Micros / 1e3;
    }

    double p95Millis() {
        return p95Micros / 1e3;
    }

    long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    double serverCpuMillisPerRequest() {
        return serverCpu.toNanos() / 1e6 / requestsMeasured;
    }

    double clientCpuMillisPerRequest() {
        return clientCpu.toNanos() / 1e6 / requestsMeasured;
    }

    /** How much of the machine's CPU capacity over the period the given CPU time is, in per cent. */
    double shareOfMachine(Duration cpu) {
        return 100.0 * cpu.toNanos() / period.toNanos() / Runtime.getRuntime().availableProcessors();
    }
}
