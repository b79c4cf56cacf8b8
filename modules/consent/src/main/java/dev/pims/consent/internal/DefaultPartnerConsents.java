package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.MyPartnerConsents;
import dev.pims.consent.PartnerConsents;
import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consents to partners (policy §3A, §3B) as consent records naming the partner: the latest record of a member and a
 * partner decides. The audited road checks each method's role, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles({Principals.MEMBER_ROLE, Principals.PRIVACY_OFFICER_ROLE})
public class DefaultPartnerConsents implements PartnerConsents {

    @Inject
    private ConsentRecords records;

    @Inject
    private ConsentBook book;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public MyPartnerConsents viewMine() {
        List<ConsentRecord> history = partnerRecordsOf(caller.id());
        return new MyPartnerConsents(
                standing(history),
                history.stream().map(ConsentRecord::toPartnerEntry).toList());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public void giveMine(long partnerId) {
        changeTo(partnerId, ConsentAction.GIVEN);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public void withdrawMine(long partnerId) {
        changeTo(partnerId, ConsentAction.WITHDRAWN);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.CONSENT,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public Set<Long> consentingAmong(long partnerId, @DataSubject Collection<Long> memberIds) {
        Map<Long, Boolean> latest = new HashMap<>();
        for (ConsentRecord record : records.ofPartner(partnerId)) {
            latest.putIfAbsent(record.getMemberId(), record.getAction() == ConsentAction.GIVEN);
        }
        Set<Long> consenting = new HashSet<>();
        for (Long memberId : memberIds) {
            if (latest.getOrDefault(memberId, false)) {
                consenting.add(memberId);
            }
        }
        return consenting;
    }

    /** Writes a record only when the consent really changes, as for the other optional consents. */
    private void changeTo(long partnerId, ConsentAction action) {
        long memberId = caller.id();
        boolean givenNow = standing(partnerRecordsOf(memberId)).contains(partnerId);
        if (givenNow != (action == ConsentAction.GIVEN)) {
            book.writeForPartner(memberId, partnerId, action, ConsentMethod.CONSENT_PAGE);
        }
    }

    private List<ConsentRecord> partnerRecordsOf(long memberId) {
        return records.ofMember(memberId).stream()
                .filter(record -> record.getPartnerId() != null)
                .toList();
    }

    /** The partners whose latest record, newest first, gives the consent. */
    private static Set<Long> standing(List<ConsentRecord> newestFirst) {
        Map<Long, Boolean> latest = new HashMap<>();
        for (ConsentRecord record : newestFirst) {
            latest.putIfAbsent(record.getPartnerId(), record.getAction() == ConsentAction.GIVEN);
        }
        Set<Long> given = new HashSet<>();
        latest.forEach((partner, isGiven) -> {
            if (isGiven) {
                given.add(partner);
            }
        });
        return given;
    }
}
