package dev.pims.membership;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One record of a visit as a page shows it (policy §2A(2)): when, what, from which address and with which user agent.
 * Member care shows the address masked ({@link Masking#ip}); the member sees their own in clear. Serializable: a
 * handler's page keeps the member's recent visits in its view, which a cluster replicates with the session.
 *
 * @param userAgent null when the browser sent none
 */
public record Visit(LocalDateTime visitedAt, VisitKind kind, String clientIp, String userAgent)
        implements Serializable {}
