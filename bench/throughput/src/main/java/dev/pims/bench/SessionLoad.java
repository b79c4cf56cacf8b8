package dev.pims.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Signed-in sessions asking for /my/profile back to back, driven by wrk (one wrk thread and one connection per
 * session): a warm-up, whose answers are checked but not counted, then the measured period. wrk, not a Java client,
 * because the client shares the two cores with the server: Java's HttpClient took more CPU per request than the page.
 */
final class SessionLoad {

    /** Clock ticks per second of /proc/stat: 100 on every Linux the JDK runs on. */
    private static final long USER_HZ = 100;

    private static final String SCRIPT = "profile-load.lua";
    private static final String ANSWER_TIMEOUT = "10s";

    private SessionLoad() {}

    /** What one wrk run (one period; each connection has at most one request on its way) reported: its "bench" lines. */
    private record Period(
            long served, Duration duration, long p50Micros, long p95Micros, Duration cpu, Map<String, Long> failures) {}

    static Measurement run(
            URI base,
            List<MemberSession> sessions,
            Duration warmUp,
            Duration measured,
            Path workDir,
            Supplier<Duration> serverCpuTime)
            throws IOException, InterruptedException {
        Path script = writeScript(workDir, sessions);
        Period warming = wrk(base, sessions.size(), warmUp, script, workDir.resolve("wrk-warm-up.log"));

        Duration serverCpuFrom = serverCpuTime.get();
        Duration machineCpuFrom = machineCpuTime();
        Period load = wrk(base, sessions.size(), measured, script, workDir.resolve("wrk-measured.log"));
        Duration serverCpu = serverCpuTime.get().minus(serverCpuFrom);
        Duration machineCpu = machineCpuTime().minus(machineCpuFrom);

        Map<String, Long> failures = new TreeMap<>(warming.failures());
        load.failures().forEach((kind, count) -> failures.merge(kind, count, Long::sum));
        return new Measurement(
                load.duration(),
                load.served(),
                load.p50Micros(),
                load.p95Micros(),
                warming.served() + load.served(),
                2L * sessions.size(),
                failures,
                serverCpu,
                load.cpu(),
                machineCpu.minus(serverCpu).minus(load.cpu()));
    }

    /** The load script with this run's sessions: a Cookie header per session, and the page's expected e-mail. */
    private static Path writeScript(Path workDir, List<MemberSession> sessions) throws IOException {
        String template;
        try (InputStream resource = SessionLoad.class.getResourceAsStream(SCRIPT)) {
            template = new String(resource.readAllBytes(), StandardCharsets.UTF_8);
        }
        String cookies = sessions.stream()
                .map(session -> luaString(session.cookieHeader()))
                .collect(Collectors.joining(",\n   ", "cookies = {\n   ", "\n}\n"));
        String email = "member_email = " + luaString(sessions.get(0).email()) + "\n";
        return Files.writeString(workDir.resolve(SCRIPT), cookies + email + template);
    }

    private static String luaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Period wrk(URI base, int sessions, Duration duration, Path script, Path log)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "--threads",
                        Integer.toString(sessions),
                        "--connections",
                        Integer.toString(sessions),
                        "--duration",
                        duration.toSeconds() + "s",
                        "--timeout",
                        ANSWER_TIMEOUT,
                        "--script",
                        script.toString(),
                        base.resolve("my/profile").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk ended with status " + wrk.exitValue() + "; see " + log);
        }
        return parse(Files.readAllLines(log), log);
    }

    private static Period parse(List<String> output, Path log) {
        Map<String, String> figures = new TreeMap<>();
        Map<String, Long> failures = new TreeMap<>();
        for (String line : output) {
            String[] words = line.split(" ", 4);
            if (words.length >= 3 && words[0].equals("bench")) {
                if (words[1].equals("failure") && words.length == 4) {
                    failures.merge(words[3].trim(), Long.parseLong(words[2]), Long::sum);
                } else {
                    figures.put(words[1], words[2]);
                }
            }
        }
        List<String> missing = new ArrayList<>(List.of("served", "duration_us", "p50_us", "p95_us", "cpu_s"));
        missing.removeAll(figures.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("wrk did not report " + missing + "; see " + log);
        }
        return new Period(
                Long.parseLong(figures.get("served")),
                Duration.ofNanos(Long.parseLong(figures.get("duration_us")) * 1_000),
                Long.parseLong(figures.get("p50_us")),
                Long.parseLong(figures.get("p95_us")),
                Duration.ofNanos((long) (Double.parseDouble(figures.get("cpu_s")) * 1e9)),
                failures);
    }

    /**
     * CPU time all processes of the machine have used, from the first line of /proc/stat (Linux), so that a run can
     * tell how much of the machine something else took while it measured.
     */
    private static Duration machineCpuTime() {
        try {
            String[] jiffies =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
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
}
