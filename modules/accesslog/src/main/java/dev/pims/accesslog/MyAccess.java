package dev.pims.accesslog;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.records.AccessRecord;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One access to a member's data as the member reads it (policy §5, §11): when (UTC), in which role, which task, which
 * categories, how it ended. It has no field for the actor's id or the client address, so neither can reach the member.
 */
public record MyAccess(
        LocalDateTime occurredAt,
        ActorRole actorRole,
        AccessTask task,
        List<DataCategory> categories,
        AccessOutcome outcome)
        implements Serializable {

    public MyAccess {
        categories = List.copyOf(categories);
    }

    /** The member's view of a stored record: the actor's role only, not who. */
    public static MyAccess of(AccessRecord record) {
        List<DataCategory> categories =
                record.categories() == null || record.categories().isEmpty()
                        ? List.of()
                        : Arrays.stream(record.categories().split(","))
                                .map(DataCategory::valueOf)
                                .toList();
        return new MyAccess(record.occurredAt(), record.actorRole(), record.task(), categories, record.outcome());
    }
}
