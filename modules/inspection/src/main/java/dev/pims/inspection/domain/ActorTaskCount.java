package dev.pims.inspection.domain;

import dev.pims.audit.AccessTask;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many access records one actor left in the month with one task. */
@Embeddable
public class ActorTaskCount {

    @Column(name = "ACTOR_ID", nullable = false, length = 100)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TASK", nullable = false, length = 10)
    private AccessTask task;

    @Column(name = "RECORDS", nullable = false)
    private long records;

    protected ActorTaskCount() {}

    public ActorTaskCount(String actorId, AccessTask task, long records) {
        this.actorId = actorId;
        this.task = task;
        this.records = records;
    }

    public String getActorId() {
        return actorId;
    }

    public AccessTask getTask() {
        return task;
    }

    public long getRecords() {
        return records;
    }
}
