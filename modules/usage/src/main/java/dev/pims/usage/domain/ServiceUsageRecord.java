package dev.pims.usage.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.FreeTextMasking;
import dev.pims.shared.PersonalData;
import dev.pims.usage.PeriodUses;
import dev.pims.usage.UsageEntry;
import dev.pims.usage.UsageKind;
import java.time.LocalDateTime;

/**
 * One use of the service by a member (policy §2A(2)): a search run, an image submitted or a recommendation clicked,
 * with its time (UTC) and detail. Kept five years from the use (§4A).
 */
@PersonalData(DataCategory.SERVICE_USAGE)
public record ServiceUsageRecord(long id, long memberId, LocalDateTime occurredAt, UsageKind kind, String detail) {

    /** As the member sees it. */
    public UsageEntry toEntry() {
        return new UsageEntry(occurredAt, kind, detail);
    }

    /** As a handler sees it: the detail masked. */
    public UsageEntry toMaskedEntry() {
        return new UsageEntry(occurredAt, kind, FreeTextMasking.firstLetters(detail));
    }

    /** For a de-identified dataset: whose, when and what kind, without the detail. */
    public PeriodUses.Use toUse() {
        return new PeriodUses.Use(memberId, occurredAt, kind);
    }
}
