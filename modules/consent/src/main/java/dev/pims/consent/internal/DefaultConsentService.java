package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.ConsentRefusal;
import dev.pims.consent.ConsentService;
import dev.pims.consent.ConsentState;
import dev.pims.consent.MyConsents;
import dev.pims.consent.domain.ConsentRecord;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The audit road checks each method's role, so the container lets every caller through to it. */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultConsentService implements ConsentService {

    @Inject
    private ConsentRecords records;

    @Inject
    private ConsentBook book;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public MyConsents viewMyConsents() {
        // The consents to partners are each of a partner: PartnerConsents shows them, naming the partner.
        List<ConsentRecord> history = records.ofMember(caller.id()).stream()
                .filter(record -> record.getPartnerId() == null)
                .toList();
        return new MyConsents(
                currentStates(history),
                history.stream().map(ConsentRecord::toEntry).toList());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public void giveMyConsent(ConsentPurpose purpose) {
        if (purpose.isPerPartner()) {
            throw new ConsentRefusal(ConsentRefusal.PER_PARTNER_MESSAGE_KEY);
        }
        if (purpose.isForAPeriod()) {
            throw new ConsentRefusal(ConsentRefusal.AGREED_FOR_A_PERIOD_MESSAGE_KEY);
        }
        changeTo(purpose, ConsentAction.GIVEN);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.CONSENT, roles = Principals.MEMBER_ROLE)
    public void withdrawMyConsent(ConsentPurpose purpose) {
        if (purpose.isRequired()) {
            throw new ConsentRefusal();
        }
        if (purpose.isForAPeriod()) {
            throw new ConsentRefusal(ConsentRefusal.AGREED_FOR_A_PERIOD_MESSAGE_KEY);
        }
        if (purpose.isPerPartner()) {
            throw new ConsentRefusal(ConsentRefusal.PER_PARTNER_MESSAGE_KEY);
        }
        changeTo(purpose, ConsentAction.WITHDRAWN);
    }

    /** Writes a record only when the consent really changes, so that the history shows decisions, not clicks. */
    private void changeTo(ConsentPurpose purpose, ConsentAction action) {
        long memberId = caller.id();
        List<ConsentRecord> ownRecords = records.ofMember(memberId).stream()
                .filter(record -> record.getPartnerId() == null)
                .toList();
        boolean givenNow =
                currentStates(ownRecords).stream().anyMatch(state -> state.purpose() == purpose && state.given());
        if (givenNow != (action == ConsentAction.GIVEN)) {
            book.write(memberId, purpose, action, ConsentMethod.CONSENT_PAGE);
        }
    }

    /** The latest record of each purpose decides; a purpose never recorded, or agreed for a lapsed period, is not given. */
    private List<ConsentState> currentStates(List<ConsentRecord> newestFirst) {
        LocalDateTime now = book.now();
        Map<ConsentPurpose, Boolean> latest = new EnumMap<>(ConsentPurpose.class);
        for (ConsentRecord record : newestFirst) {
            latest.putIfAbsent(record.getPurpose(), record.givesAt(now));
        }
        List<ConsentState> states = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (purpose.isPerPartner()) {
                continue;
            }
            states.add(new ConsentState(purpose, latest.getOrDefault(purpose, false)));
        }
        return states;
    }
}
