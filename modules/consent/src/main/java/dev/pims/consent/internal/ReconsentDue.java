package dev.pims.consent.internal;

import dev.pims.consent.ConsentAction;
import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.shared.ConsentPurpose;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which version a member "has agreed to" (policy §13, §2B): for each required purpose, the latest consent record of the
 * purpose decides; it must give the purpose, under a version at least as late (by effective date) as the one that asks
 * for re-consent. A required purpose with no record, or whose latest record is no consent, owes it too.
 */
final class ReconsentDue {

    private final Map<Long, LocalDate> effectiveOnById;
    private final Map<ConsentPurpose, ConsentRecord> latestByPurpose = new EnumMap<>(ConsentPurpose.class);

    ReconsentDue(List<PolicyVersion> published, List<ConsentRecord> newestFirst) {
        this.effectiveOnById = published.stream()
                .collect(Collectors.toMap(PolicyVersion::getId, PolicyVersion::getEffectiveOn, (a, b) -> a));
        for (ConsentRecord record : newestFirst) {
            latestByPurpose.putIfAbsent(record.getPurpose(), record);
        }
    }

    boolean owes(PolicyVersion asking) {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.isRequired() && !agreedTo(latestByPurpose.get(purpose), asking.getEffectiveOn())) {
                return true;
            }
        }
        return false;
    }

    private boolean agreedTo(ConsentRecord latest, LocalDate asked) {
        if (latest == null || latest.getAction() != ConsentAction.GIVEN) {
            return false;
        }
        LocalDate agreed = effectiveOnById.get(latest.getPolicyVersionId());
        return agreed != null && !agreed.isBefore(asked);
    }
}
