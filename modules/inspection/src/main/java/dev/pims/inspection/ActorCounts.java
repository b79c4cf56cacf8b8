package dev.pims.inspection;

import dev.pims.audit.AccessTask;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One actor's records of the month by task.
 *
 * @param byTask every task, with 0 for a task the actor did not do
 */
public record ActorCounts(String actorId, Map<AccessTask, Long> byTask) implements Serializable {

    public ActorCounts {
        Map<AccessTask, Long> all = new EnumMap<>(AccessTask.class);
        for (AccessTask task : AccessTask.values()) {
            all.put(task, byTask.getOrDefault(task, 0L));
        }
        byTask = Collections.unmodifiableMap(all);
    }

    /** The actor's records of the month, of every task. */
    public long total() {
        return byTask.values().stream().mapToLong(Long::longValue).sum();
    }
}
