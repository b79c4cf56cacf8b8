package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingStaff;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.CareField;
import dev.pims.membership.CaredMember;
import dev.pims.membership.Correction;
import dev.pims.membership.Masking;
import dev.pims.membership.MemberCare;
import dev.pims.membership.MemberExport;
import dev.pims.membership.MemberSearchPage;
import dev.pims.membership.MemberSummary;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.RequestChannel;
import dev.pims.membership.SearchBy;
import dev.pims.membership.Visit;
import dev.pims.membership.Withdrawal;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.MemberListing;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.shared.CsvText;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Member care for handlers (policy §5, §7B). What a handler sees is cut down twice: to the categories granted to
 * them ({@link CallingStaff}), and, for names, phones and e-mail addresses, to a masked form until they give a
 * reason. The audit road checks the HANDLER role, so the container lets every caller through to it.
 */
@Stateless
@PermitAll
@DeclareRoles({
    Principals.HANDLER_ROLE,
    "SCOPE_ACCOUNT",
    "SCOPE_BASIC_PROFILE",
    "SCOPE_OPTIONAL_SETTINGS",
    "SCOPE_APPLICATION_FORM",
    "SCOPE_CONSENT",
    "SCOPE_VISIT_RECORD",
    "SCOPE_BAD_USE",
    "SCOPE_LEGAL_REPRESENTATIVE"
})
public class DefaultMemberCare implements MemberCare {

    @Inject
    private Members members;

    @Inject
    private CallingStaff caller;

    @Inject
    private Withdrawals withdrawals;

    @Inject
    private Validator validator;

    @Inject
    private Visits visits;

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private BadUseCheck badUse;

    @Resource
    private SessionContext session;

    @Override
    @PersonalDataAccess(
            task = AccessTask.SEARCH,
            categories = {DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE},
            roles = Principals.HANDLER_ROLE)
    public MemberSearchPage search(SearchBy by, String prefix, int first, int pageSize) {
        requireScope(by.category());
        String key = switch (by) {
            case EMAIL -> prefix.trim().toLowerCase(Locale.ROOT);
            case NAME -> prefix.trim();
            case PHONE -> BasicProfile.digitsOf(prefix);
        };
        if (key.isEmpty()) {
            return new MemberSearchPage(List.of(), false);
        }
        // One row more than asked for tells whether another page follows, without counting the matches.
        List<MemberListing> found = members.search(by, key, first, pageSize + 1);
        boolean accountShown = caller.mayReach(DataCategory.ACCOUNT);
        boolean profileShown = caller.mayReach(DataCategory.BASIC_PROFILE);
        List<MemberSummary> page = found.stream()
                .limit(pageSize)
                .map(member -> new MemberSummary(
                        member.memberId(),
                        accountShown ? CareField.EMAIL.shown(member.email()) : null,
                        profileShown ? CareField.NAME.shown(member.name()) : null,
                        profileShown ? CareField.MOBILE_PHONE.shown(member.mobilePhone()) : null,
                        member.status().name(),
                        member.joinedAt()))
                .toList();
        return new MemberSearchPage(page, found.size() > pageSize);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.HANDLER_ROLE)
    public CaredMember view(@DataSubject long memberId) {
        return masked(memberId);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.PRINT,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.HANDLER_ROLE)
    public CaredMember print(@DataSubject long memberId) {
        return masked(memberId);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE, DataCategory.LEGAL_REPRESENTATIVE},
            roles = Principals.HANDLER_ROLE)
    public String unmask(@DataSubject long memberId, CareField field, @AccessReason String reason) {
        requireScope(field.category());
        return inClear(memberId).get(field);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.VISIT_RECORD, roles = Principals.HANDLER_ROLE)
    public List<Visit> recentVisits(@DataSubject long memberId) {
        requireScope(DataCategory.VISIT_RECORD);
        return visits.recentOf(memberId).stream()
                .map(visit ->
                        new Visit(visit.visitedAt(), visit.kind(), Masking.ip(visit.clientIp()), visit.userAgent()))
                .toList();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.INPUT,
            categories = {DataCategory.BAD_USE, DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE},
            roles = Principals.HANDLER_ROLE)
    public void recordBadUse(@DataSubject long memberId, String reason) {
        requireScope(DataCategory.BAD_USE);
        MemberAccount account = liveAccount(memberId);
        String recordedBy = Principals.staffLoginIdOf(
                        session.getCallerPrincipal().getName())
                .orElseThrow(() -> new AccessDeniedException("Only a member of staff records bad use."));
        // The e-mail address and mobile number are read only to be hashed; the handler sees neither.
        badUse.record(memberId, account.getEmail(), members.detailsOf(memberId).getMobilePhone(), recordedBy, reason);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = {DataCategory.BASIC_PROFILE, DataCategory.APPLICATION_FORM},
            roles = Principals.HANDLER_ROLE)
    public Correction correct(@DataSubject long memberId, CareField field, String value) {
        requireScope(field.category());
        if (!field.isCorrectable()) {
            throw new MembershipRefusal(Reason.INVALID_CORRECTION);
        }
        liveAccount(memberId);
        ProfileDetails details = members.detailsOf(memberId);
        String newValue = value == null || value.isBlank() ? null : value.trim();
        if (Objects.equals(field.valueIn(details), newValue)) {
            return new Correction(List.of());
        }
        field.writeInto(details, newValue);
        if (!validator.validate(details).isEmpty()) {
            throw new MembershipRefusal(Reason.INVALID_CORRECTION);
        }
        members.basicProfile(memberId).takeFrom(details);
        members.applicationForm(memberId).takeFrom(details);
        return new Correction(List.of(field));
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DELETE,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.HANDLER_ROLE)
    public Withdrawal withdrawOnRequest(
            @DataSubject long memberId, RequestChannel channel, @AccessReason String reason) {
        WITHDRAWN_CATEGORIES.forEach(this::requireScope);
        return withdrawals.withdraw(liveAccount(memberId), WithdrawalRecord.Channel.valueOf(channel.name()));
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DOWNLOAD,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            },
            roles = Principals.HANDLER_ROLE)
    public MemberExport export(List<Long> memberIds, @AccessReason String reason) {
        List<CareField> columns = List.of(CareField.values()).stream()
                .filter(field -> caller.mayReach(field.category()))
                .toList();
        CsvText csv = new CsvText();
        List<String> header = new ArrayList<>(List.of("MEMBER_ID"));
        columns.forEach(field -> header.add(field.name()));
        csv.line(header);
        List<Long> exported = new ArrayList<>();
        for (long memberId : memberIds.stream().distinct().toList()) {
            if (members.account(memberId)
                    .filter(account -> !account.isDormant())
                    .isEmpty()) {
                continue;
            }
            Map<CareField, String> values = inClear(memberId);
            List<String> line = new ArrayList<>(List.of(Long.toString(memberId)));
            columns.forEach(field -> line.add(values.get(field)));
            csv.line(line);
            exported.add(memberId);
        }
        return new MemberExport(exported, csv.toString());
    }

    private void requireScope(DataCategory category) {
        if (!caller.mayReach(category)) {
            throw new AccessDeniedException("The caller is not granted the category " + category);
        }
    }

    private MemberAccount account(long memberId) {
        return members.account(memberId).orElseThrow(() -> new MembershipRefusal(Reason.NO_SUCH_MEMBER));
    }

    /** An account whose data is in the operational store: a dormant one's is not, and no handler reaches it there. */
    private MemberAccount liveAccount(long memberId) {
        MemberAccount account = account(memberId);
        if (account.isDormant()) {
            throw new MembershipRefusal(Reason.MEMBER_DORMANT);
        }
        return account;
    }

    /** The fields of the caller's categories, masked where the field is masked. */
    private CaredMember masked(long memberId) {
        MemberAccount account = account(memberId);
        if (account.isDormant()) {
            // A dormant member's data waits in the separated store (policy §4C); the stub's hash is nobody's business.
            return new CaredMember(memberId, account.getStatus().name(), account.getJoinedAt(), Map.of());
        }
        Map<CareField, String> shown = new EnumMap<>(CareField.class);
        inClear(memberId).forEach((field, value) -> shown.put(field, field.shown(value)));
        return new CaredMember(memberId, account.getStatus().name(), account.getJoinedAt(), shown);
    }

    /** The fields of the caller's categories, in clear: for an unmasking or an export, each with its reason. */
    private Map<CareField, String> inClear(long memberId) {
        MemberAccount account = liveAccount(memberId);
        ProfileDetails details = members.detailsOf(memberId);
        Optional<LegalRepresentative> representative = caller.mayReach(DataCategory.LEGAL_REPRESENTATIVE)
                ? representatives.ofMember(memberId)
                : Optional.empty();
        Map<CareField, String> values = new EnumMap<>(CareField.class);
        for (CareField field : CareField.values()) {
            if (!caller.mayReach(field.category())) {
                continue;
            }
            switch (field) {
                case EMAIL -> values.put(field, account.getEmail());
                case GUARDIAN_NAME -> representative.ifPresent(r -> values.put(field, r.getName()));
                case GUARDIAN_EMAIL -> representative.ifPresent(r -> values.put(field, r.getEmail()));
                case GUARDIAN_RELATIONSHIP ->
                    representative.ifPresent(
                            r -> values.put(field, r.getRelationship().name()));
                default -> values.put(field, field.valueIn(details));
            }
        }
        return values;
    }
}
