package dev.pims.partners.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.partners.PartnerForm;
import dev.pims.partners.ProvisionList;
import dev.pims.partners.SyntheticProvisions;
import dev.pims.partners.domain.Partner;
import dev.pims.partners.domain.Partners;
import dev.pims.partners.domain.ProvisionRecord;
import dev.pims.partners.domain.ProvisionRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's partner and provisions (policy §3A, §3B), made by PIMS itself at start-up: no role, so every HTTP request
 * is refused; the audited road records each call.
 */
@Stateless
@PermitAll
public class DefaultSyntheticProvisions implements SyntheticProvisions {

    /** Who the demo's provision records name as the privacy officer who made them. */
    private static final String DEMO_OFFICER = "demo";

    @Inject
    private Partners partners;

    @Inject
    private ProvisionRecords records;

    @Inject
    private RequestOrigin origin;

    @Inject
    private PartnersClock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PROVISION)
    public long registerPartner(PartnerForm form) {
        refuseHttpRequests();
        return partners.byName(form.getName().trim()).map(Partner::id).orElseGet(() -> {
            Partner partner = new Partner(form, clock.now());
            partners.add(partner);
            return partner.id();
        });
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PROVISION)
    public ProvisionList provideAsOf(long partnerId, @DataSubject List<Long> memberIds, LocalDateTime at) {
        refuseHttpRequests();
        Partner partner = partners.byId(partnerId).orElseThrow(() -> new IllegalArgumentException("No partner"));
        List<ProvisionRecord> made = new ArrayList<>();
        for (long memberId : memberIds) {
            ProvisionRecord record = ProvisionRecord.toPartner(memberId, partner, partner.items(), at, DEMO_OFFICER);
            records.add(record);
            made.add(record);
        }
        return new ProvisionList(made.stream().map(ProvisionRecord::toView).toList());
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("The demo's partner and provisions are made by PIMS itself only.");
        }
    }
}
