package dev.pims.accesslog;

import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessRecords.ActorCount;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The access log of a period in numbers, for the auditors' dashboard: records per day by task, downloads and denied
 * attempts per day, and the actors with the most records.
 *
 * @param perDayByTask for each task, one count per day of {@code days}, in the same order
 */
public record ActivityOverview(
        List<LocalDate> days,
        Map<AccessTask, List<Long>> perDayByTask,
        List<Long> downloadsPerDay,
        List<Long> deniedPerDay,
        List<ActorCount> topActors)
        implements Serializable {

    public ActivityOverview {
        days = List.copyOf(days);
        Map<AccessTask, List<Long>> copy = new EnumMap<>(AccessTask.class);
        perDayByTask.forEach((task, counts) -> copy.put(task, List.copyOf(counts)));
        perDayByTask = Collections.unmodifiableMap(copy);
        downloadsPerDay = List.copyOf(downloadsPerDay);
        deniedPerDay = List.copyOf(deniedPerDay);
        topActors = List.copyOf(topActors);
    }

    /** Records of the period. */
    public long total() {
        return perDayByTask.values().stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Downloads of the period. */
    public long downloads() {
        return downloadsPerDay.stream().mapToLong(Long::longValue).sum();
    }

    /** Denied attempts of the period. */
    public long denied() {
        return deniedPerDay.stream().mapToLong(Long::longValue).sum();
    }
}
