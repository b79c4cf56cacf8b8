package dev.pims.partners.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.PartnerConsents;
import dev.pims.membership.CareField;
import dev.pims.membership.ItemProvision;
import dev.pims.membership.ProvidedItems;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.ProvisionResult;
import dev.pims.partners.Provisions;
import dev.pims.partners.domain.Partner;
import dev.pims.partners.domain.Partners;
import dev.pims.partners.domain.ProvisionRecord;
import dev.pims.partners.domain.ProvisionRecords;
import dev.pims.shared.CsvText;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provision to a partner (policy §3A, §3B). In order: the partner must be on the registry and active; the consent
 * module says whose consent to it stands; each other member is refused through {@link ProvisionGate} (a DENIED PROVIDE
 * record, nothing of them read); membership reads the partner's items of the rest as one PROVIDE record naming the
 * partner; each member provided gets a provision record. This call's own record is an INPUT of PROVISION naming the
 * members provided. The audited road checks the role, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultProvisions implements Provisions {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    private Partners partners;

    @Inject
    private PartnerConsents consents;

    @Inject
    private ProvisionGate gate;

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
    public ProvisionResult provide(long partnerId, List<Long> memberIds) {
        Partner partner =
                partners.byId(partnerId).orElseThrow(() -> new PartnerRefusal(PartnerRefusal.Reason.NO_SUCH_PARTNER));
        if (!partner.isActive()) {
            throw new PartnerRefusal(PartnerRefusal.Reason.PARTNER_INACTIVE);
        }
        List<Long> asked = memberIds.stream().distinct().toList();
        Set<Long> consenting = consents.consentingAmong(partnerId, asked);
        String recipient = recipientOf(partner);
        List<Long> refused = new ArrayList<>();
        List<Long> consented = new ArrayList<>();
        for (long memberId : asked) {
            if (consenting.contains(memberId)) {
                consented.add(memberId);
                continue;
            }
            try {
                gate.refuseWithoutConsent(memberId, recipient);
            } catch (AccessDeniedException refusal) {
                refused.add(memberId);
            }
        }
        if (consented.isEmpty()) {
            return new ProvisionResult(partner.name(), List.of(), refused, List.of(), null, null);
        }
        List<CareField> provided = partner.items();
        ProvidedItems read = items.provide(consented, provided, recipient);
        LocalDateTime now = clock.now();
        String officer = session.getCallerPrincipal().getName();
        read.memberIds()
                .forEach(memberId -> records.add(ProvisionRecord.toPartner(memberId, partner, provided, now, officer)));
        List<Long> withoutAccount = consented.stream()
                .filter(memberId -> !read.values().containsKey(memberId))
                .toList();
        return new ProvisionResult(
                partner.name(),
                read.memberIds(),
                refused,
                withoutAccount,
                read.memberIds().isEmpty() ? null : csvOf(read),
                "provision-" + partner.id() + "-" + FILE_TIME.format(now) + ".csv");
    }

    private static String recipientOf(Partner partner) {
        return "partner " + partner.id() + " (" + partner.name() + ")";
    }

    /** One line per member: the member id, then the partner's items in the order registered. */
    static String csvOf(ProvidedItems read) {
        CsvText csv = new CsvText();
        List<String> header = new ArrayList<>(List.of("MEMBER_ID"));
        read.items().forEach(item -> header.add(item.name()));
        csv.line(header);
        for (Map.Entry<Long, Map<CareField, String>> member : read.values().entrySet()) {
            List<String> line = new ArrayList<>(List.of(Long.toString(member.getKey())));
            read.items().forEach(item -> line.add(member.getValue().get(item)));
            csv.line(line);
        }
        return csv.toString();
    }
}
