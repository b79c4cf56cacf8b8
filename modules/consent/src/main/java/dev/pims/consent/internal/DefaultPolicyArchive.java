package dev.pims.consent.internal;

import dev.pims.consent.PolicyAnnouncement;
import dev.pims.consent.PolicyAnnouncements;
import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyVersionView;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of the privacy policy for anyone, and for the notice board (policy §13, §14). The policy is
 * public: no role, no access record.
 */
@Stateless
@PermitAll
public class DefaultPolicyArchive implements PolicyArchive, PolicyAnnouncements {

    /** How long after it took effect a version stays on the notice board. */
    static final int DAYS_ON_THE_BOARD_AFTER_EFFECT = 30;

    @Inject
    private PolicyVersions versions;

    @Inject
    private Clock clock;

    @Override
    public PolicyVersionView inForce() {
        LocalDate today = today();
        return versions.inForceOn(today)
                .map(PolicyVersion::toView)
                .orElseThrow(() -> new IllegalStateException("No policy version is in force on " + today));
    }

    @Override
    public List<PolicyVersionView> published() {
        return versions.published().stream().map(PolicyVersion::toView).toList();
    }

    @Override
    public boolean reconsentAskedByAVersionInForce() {
        LocalDate today = today();
        return versions.published().stream()
                .anyMatch(version ->
                        version.asksReconsent() && !version.getEffectiveOn().isAfter(today));
    }

    @Override
    public Optional<PolicyVersionView> published(long id) {
        return versions.byId(id).filter(PolicyVersion::isPublished).map(PolicyVersion::toView);
    }

    @Override
    public List<PolicyAnnouncement> current() {
        LocalDateTime now = now();
        LocalDate oldestEffective = oldestEffectiveOnTheBoard(now);
        return versions.published().stream()
                .filter(version -> !version.getAnnouncedAt().isAfter(now))
                .filter(version -> !version.getEffectiveOn().isBefore(oldestEffective))
                .sorted(Comparator.comparing(PolicyVersion::getAnnouncedAt).reversed())
                .map(PolicyVersion::toView)
                .map(view -> new PolicyAnnouncement(
                        view.id(), view.announcedAt(), view.effectiveOn(), view.summaryKo(), view.summaryEn()))
                .toList();
    }

    /** Asked on every member's page (the notice banner): a read in no transaction of its own. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LocalDateTime> latestAnnouncedAt() {
        LocalDateTime now = now();
        return versions.latestAnnouncement(now, oldestEffectiveOnTheBoard(now));
    }

    private static LocalDate oldestEffectiveOnTheBoard(LocalDateTime now) {
        return now.toLocalDate().minusDays(DAYS_ON_THE_BOARD_AFTER_EFFECT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
