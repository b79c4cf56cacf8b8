package dev.pims.partners.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The refusal of a provision for a member whose consent to the partner does not stand (policy §3A): a call that always
 * throws {@link AccessDeniedException}, so that the audited road writes the DENIED PROVIDE record naming the member,
 * the categories and, as its reason, the partner. In a transaction of its own, so that the refusal rolls back nothing
 * of the provision to the members who did consent.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class ProvisionGate {

    @PersonalDataAccess(
            task = AccessTask.PROVIDE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            },
            roles = Principals.PRIVACY_OFFICER_ROLE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuseWithoutConsent(@DataSubject long memberId, @AccessReason String partner) {
        throw new AccessDeniedException("No live consent of member " + memberId + " to " + partner);
    }
}
