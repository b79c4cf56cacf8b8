package dev.pims.audit.internal;

import dev.pims.audit.domain.AuditingEvents;
import dev.pims.audit.records.AuditingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The starts and stops of auditing, read over plain JDBC from PIMS's own sealed records, newest first. */
@ApplicationScoped
class JdbcAuditingEvents implements AuditingEvents {

    @Inject
    private Sql sql;

    /** A start or stop as read, before it is compared with the one before it. */
    private record Mark(long position, LocalDateTime occurredAt, boolean started) {}

    /** Reads one more than asked for, to know whether the oldest start shown had a stop before it. */
    @Override
    public List<AuditingEvent> latest(int max) {
        List<Mark> marks = sql.list(
                "SELECT l.POSITION, r.OCCURRED_AT, r.OPERATION FROM ACCESS_RECORD r JOIN "
                        + "ACCESS_CHAIN_LINK l ON l.RECORD_ID = r.ID WHERE r.ACTOR_ID = ? AND r.OPERATION IN (?, ?) ORDER BY "
                        + "l.POSITION DESC FETCH FIRST " + (max + 1) + " ROWS ONLY",
                row -> new Mark(
                        row.getLong(1), row.getTimestamp(2).toLocalDateTime(), STARTED.equals(row.getString(3))),
                Actors.SYSTEM_ID,
                STARTED,
                STOPPED);
        List<AuditingEvent> events = new ArrayList<>();
        for (int i = 0; i < Math.min(max, marks.size()); i++) {
            Mark mark = marks.get(i);
            boolean previousWasStart = i + 1 < marks.size() && marks.get(i + 1).started();
            events.add(new AuditingEvent(
                    mark.position(), mark.occurredAt(), mark.started(), mark.started() && previousWasStart));
        }
        return events;
    }
}
