package dev.pims.audit.domain;

import dev.pims.audit.records.AuditingEvent;
import java.util.List;

/**
 * The starts and stops of auditing, read back from the chain: each is a sealed access record of PIMS itself with one of
 * these two operations (safety-measures standard Art. 8).
 */
public interface AuditingEvents {

    String STARTED = "Auditing.started";
    String STOPPED = "Auditing.stopped";

    /** The latest starts and stops, newest first, each start marked when no stop came before it. */
    List<AuditingEvent> latest(int max);
}
