package dev.pims.notices.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/** When each member last opened the notice board, in the operational store, in the caller's transaction. */
public interface BoardVisits {

    Optional<LocalDateTime> lastSeen(long memberId);

    /** Notes the member's look at the board, replacing the one before. */
    void markSeen(long memberId, LocalDateTime at);

    /** Forgets the member's looks: at the withdrawal. */
    void forget(long memberId);
}
