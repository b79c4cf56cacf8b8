package dev.pims.usage;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The uses of a period without their detail, oldest first.
 *
 * @param more whether the period holds more than {@link UsageForImprovement#USES_MAX} uses, of which only the first
 *     are here
 */
public record PeriodUses(LocalDate firstDay, LocalDate lastDay, List<Use> uses, boolean more)
        implements DataSubjects, AccessDetail {

    /** One use: whose, when (UTC) and of what kind. */
    public record Use(long memberId, LocalDateTime occurredAt, UsageKind kind) {}

    public PeriodUses {
        uses = List.copyOf(uses);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        Collection<Long> members = new LinkedHashSet<>();
        uses.forEach(use -> members.add(use.memberId()));
        return members;
    }

    @Override
    public String accessDetail() {
        return uses.size() + " uses of " + firstDay + " to " + lastDay + " without their detail, for a de-identified"
                + " dataset";
    }
}
