package dev.pims.inspection;

import dev.pims.audit.AccessTask;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One actor's records of the month by task. A class with getters, because pages bind to it. */
public class ActorCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String actorId;
    private final EnumMap<AccessTask, Long> byTask;

    public ActorCounts(String actorId, Map<AccessTask, Long> byTask) {
        this.actorId = actorId;
        this.byTask = new EnumMap<>(AccessTask.class);
        for (AccessTask task : AccessTask.values()) {
            this.byTask.put(task, byTask.getOrDefault(task, 0L));
        }
    }

    public String getActorId() {
        return actorId;
    }

    /** Every task, with 0 for a task the actor did not do. */
    public Map<AccessTask, Long> getByTask() {
        return byTask;
    }

    public long getTotal() {
        return byTask.values().stream().mapToLong(Long::longValue).sum();
    }
}
