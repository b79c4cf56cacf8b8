package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.CareField;
import dev.pims.membership.ItemProvision;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.ProvidedItems;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of a provision to a third party (policy §3), for the privacy officer: in clear, as the recipient gets them,
 * of live accounts only (a dormant member's data waits in the separated store, §4C). The audit road checks the role
 * and writes the PROVIDE record, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultItemProvision implements ItemProvision {

    @Inject
    private Members members;

    @Override
    @PersonalDataAccess(
            task = AccessTask.PROVIDE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            },
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public ProvidedItems provide(Collection<Long> memberIds, List<CareField> items, String recipient) {
        if (items.stream().anyMatch(item -> item.category() == DataCategory.LEGAL_REPRESENTATIVE)) {
            throw new IllegalArgumentException("The legal representative's fields are no item of a provision");
        }
        Map<Long, Map<CareField, String>> values = new LinkedHashMap<>();
        for (long memberId : memberIds.stream().distinct().toList()) {
            Optional<MemberAccount> account = members.account(memberId).filter(live -> !live.isDormant());
            if (account.isEmpty()) {
                continue;
            }
            ProfileDetails details = members.detailsOf(memberId);
            Map<CareField, String> row = new EnumMap<>(CareField.class);
            for (CareField item : items) {
                String value = item == CareField.EMAIL ? account.get().getEmail() : item.valueIn(details);
                row.put(item, value == null ? "" : value);
            }
            values.put(memberId, row);
        }
        return new ProvidedItems(items, values, recipient);
    }
}
