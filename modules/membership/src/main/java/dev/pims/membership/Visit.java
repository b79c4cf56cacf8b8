package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * One record of a visit as a page shows it (policy §2A(2)): when, what, from which address and with which user agent.
 * Member care shows the address masked ({@link Masking#ip}); the member sees their own in clear.
 *
 * @param userAgent null when the browser sent none
 */
public record Visit(LocalDateTime visitedAt, VisitKind kind, String clientIp, String userAgent) {}
