package dev.pims.membership.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The records of visits (policy §2A(2)), in the operational store. */
public interface VisitRecords {

    void add(VisitRecord visit);

    /** The member's latest {@code max} visits, newest first. */
    List<VisitRecord> recentOf(long memberId, int max);

    /** How many records are of a visit before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of visits before the threshold, earliest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
