package dev.pims.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The access log of a period in numbers, for the auditors' dashboard: records per day by task, downloads and denied
 * attempts per day, and the actors with the most records. A class with getters, because pages bind to it.
 */
public class ActivityOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<LocalDate> days;
    private final EnumMap<AccessTask, List<Long>> perDayByTask;
    private final List<Long> downloadsPerDay;
    private final List<Long> deniedPerDay;
    private final List<ActorCount> topActors;

    public ActivityOverview(List<LocalDate> days, Map<AccessTask, List<Long>> perDayByTask,
            List<Long> downloadsPerDay, List<Long> deniedPerDay, List<ActorCount> topActors) {
        this.days = List.copyOf(days);
        this.perDayByTask = new EnumMap<>(perDayByTask);
        this.downloadsPerDay = List.copyOf(downloadsPerDay);
        this.deniedPerDay = List.copyOf(deniedPerDay);
        this.topActors = List.copyOf(topActors);
    }

    public List<LocalDate> getDays() {
        return days;
    }

    /** For each task, one count per day of {@link #getDays()}, in the same order. */
    public Map<AccessTask, List<Long>> getPerDayByTask() {
        return perDayByTask;
    }

    public List<Long> getDownloadsPerDay() {
        return downloadsPerDay;
    }

    public List<Long> getDeniedPerDay() {
        return deniedPerDay;
    }

    public List<ActorCount> getTopActors() {
        return topActors;
    }

    public long getTotal() {
        return perDayByTask.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    public long getDownloads() {
        return downloadsPerDay.stream().mapToLong(Long::longValue).sum();
    }

    public long getDenied() {
        return deniedPerDay.stream().mapToLong(Long::longValue).sum();
    }

    /** An actor and how many records they left in the period. */
    public static class ActorCount implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String actorId;
        private final long records;

        public ActorCount(String actorId, long records) {
            this.actorId = actorId;
            this.records = records;
        }

        public String getActorId() {
            return actorId;
        }

        public long getRecords() {
            return records;
        }
    }
}
