package dev.pims.notices.internal;

import dev.pims.consent.PolicyAnnouncements;
import dev.pims.notices.Announcement;
import dev.pims.notices.NoticeBoard;
import dev.pims.notices.domain.Transfers;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The board from its two sources. Public, naming no member, so off the audited road and open to anyone (no role).
 * The policy versions are asked of whichever bean provides {@link PolicyAnnouncements}, if one does: the board shows
 * the transfers alone while none does. It only reads, so it starts no transaction of its own: the banner asks it on
 * every member's page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultNoticeBoard implements NoticeBoard {

    /** Shared by the pooled instances of this bean: one answer for the whole server. */
    private static final RecentAnswer<Optional<LocalDateTime>> LATEST = new RecentAnswer<>(Duration.ofSeconds(1));

    @Inject
    private Transfers transfers;

    @Inject
    private Instance<PolicyAnnouncements> policies;

    @Inject
    private Clock clock;

    @Override
    public List<Announcement> current() {
        List<Announcement> board = new ArrayList<>();
        if (policies.isResolvable()) {
            policies.get().current().stream().map(Announcement::of).forEach(board::add);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        transfers.datedFrom(TransferTerms.shownFrom(today)).stream()
                .map(Announcement::of)
                .forEach(board::add);
        board.sort(Comparator.comparing(Announcement::announcedAt).reversed());
        return board;
    }

    /**
     * Asked on every member's page (the banner): two single values, no announcement read whole, and those at most once a
     * second on this server ({@link RecentAnswer}).
     */
    @Override
    public Optional<LocalDateTime> latestAnnouncedAt() {
        return LATEST.get(clock, this::latestOfBothSources);
    }

    private Optional<LocalDateTime> latestOfBothSources() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<LocalDateTime> transfer = transfers.latestRecordedDatedFrom(TransferTerms.shownFrom(today));
        Optional<LocalDateTime> policy =
                policies.isResolvable() ? policies.get().latestAnnouncedAt() : Optional.empty();
        return Stream.of(transfer, policy).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }
}
