package dev.pims.partners.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.ItemProvision;
import dev.pims.membership.ProvidedItems;
import dev.pims.partners.LegalProvisionResult;
import dev.pims.partners.LegalProvisions;
import dev.pims.partners.LegalRequestForm;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.ProvisionList;
import dev.pims.partners.RecipientKind;
import dev.pims.partners.domain.ProvisionRecord;
import dev.pims.partners.domain.ProvisionRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Provisions the law requires (policy §3C), by the privacy officer: membership reads the items as one PROVIDE record
 * naming the member and, as its detail, the authority, legal basis and document; a provision record keeps whether the
 * member may be told. The audited road checks the role, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultLegalProvisions implements LegalProvisions {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    private ItemProvision items;

    @Inject
    private ProvisionRecords records;

    @Inject
    private PartnersClock clock;

    @Resource
    private SessionContext session;

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = DataCategory.PROVISION,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public LegalProvisionResult record(LegalRequestForm form) {
        String recipient = "authority " + form.getAuthority().trim() + " (basis: "
                + form.getLegalBasis().trim() + "; document: "
                + form.getDocumentReference().trim() + ")";
        if (recipient.length() > 300) {
            recipient = recipient.substring(0, 300);
        }
        ProvidedItems read = items.provide(List.of(form.getMemberId()), form.getItems(), recipient);
        if (read.memberIds().isEmpty()) {
            throw new PartnerRefusal(PartnerRefusal.Reason.NO_SUCH_MEMBER);
        }
        LocalDateTime now = clock.now();
        records.add(ProvisionRecord.toAuthority(
                form, now, session.getCallerPrincipal().getName()));
        return new LegalProvisionResult(
                form.getMemberId(),
                DefaultProvisions.csvOf(read),
                "legal-provision-" + form.getMemberId() + "-" + FILE_TIME.format(now) + ".csv");
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.PROVISION,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public ProvisionList recent(int max) {
        return new ProvisionList(records.ofKind(RecipientKind.AUTHORITY, max).stream()
                .map(ProvisionRecord::toView)
                .toList());
    }
}
