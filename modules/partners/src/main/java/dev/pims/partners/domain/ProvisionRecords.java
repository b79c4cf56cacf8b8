package dev.pims.partners.domain;

import dev.pims.partners.RecipientKind;
import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The provision records of every member. */
public interface ProvisionRecords {

    void add(ProvisionRecord record);

    /** Newest first. */
    List<ProvisionRecord> ofMember(long memberId);

    /** Newest first, at most {@code max}. */
    List<ProvisionRecord> ofKind(RecipientKind kind, int max);

    long countProvidedBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} records of provisions before the threshold, oldest first. */
    DestroyedRecords destroyProvidedBefore(LocalDateTime threshold, int max);
}
