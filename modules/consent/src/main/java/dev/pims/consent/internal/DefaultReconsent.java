package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.PolicyVersionView;
import dev.pims.consent.Reconsent;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.consent.domain.PolicyVersion;
import dev.pims.consent.domain.PolicyVersions;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The audit road checks each method's role, so the container lets every caller through to it. */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultReconsent implements Reconsent {

    @Inject
    private ConsentRecords records;

    @Inject
    private PolicyVersions versions;

    @Inject
    private ConsentBook book;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public Optional<PolicyVersionView> owedByMe() {
        List<PolicyVersion> published = versions.published();
        PolicyVersion inForce = book.inForce();
        Optional<PolicyVersion> latestAsking = published.stream()
                .filter(PolicyVersion::asksReconsent)
                .filter(version -> !version.getEffectiveOn().isAfter(inForce.getEffectiveOn()))
                .findFirst();
        if (latestAsking.isEmpty()) {
            return Optional.empty();
        }
        ReconsentDue due = new ReconsentDue(published, records.ofMember(caller.id()));
        return due.owes(latestAsking.get()) ? Optional.of(inForce.toView()) : Optional.empty();
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public void agreeToTheVersionInForce() {
        long memberId = caller.id();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.isRequired()) {
                book.write(memberId, purpose, ConsentAction.GIVEN, ConsentMethod.RECONSENT_PAGE);
            }
        }
    }
}
