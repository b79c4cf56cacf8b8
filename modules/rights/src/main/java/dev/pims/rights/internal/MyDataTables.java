package dev.pims.rights.internal;

import dev.pims.accesslog.MyAccess;
import dev.pims.consent.ConsentEntry;
import dev.pims.dormancy.MyDormancyNotice;
import dev.pims.inquiry.InquiryReplyView;
import dev.pims.inquiry.InquiryView;
import dev.pims.membership.FailedLogin;
import dev.pims.membership.LegalRepresentativeView;
import dev.pims.membership.MemberProfile;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.RecordedBadUse;
import dev.pims.membership.Visit;
import dev.pims.partners.ProvisionView;
import dev.pims.payments.PaymentEntry;
import dev.pims.payments.PaymentMethodView;
import dev.pims.shared.DataCategory;
import dev.pims.usage.UsageEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of a member's download as tables, from what each module gave of the member. Times are UTC, as PIMS keeps
 * them (ISO 8601 without an offset). What names a member of staff (the login id a case is assigned to) stays out: the
 * member learns the role that touched their data, not who.
 */
final class MyDataTables {

    static final String PROFILE = "profile";
    static final String LEGAL_REPRESENTATIVE = "legal-representative";
    static final String VISITS = "visits";
    static final String CONSENTS = "consent-history";
    static final String USAGE = "service-usage";
    static final String INQUIRIES = "inquiries";
    static final String INQUIRY_REPLIES = "inquiry-replies";
    static final String PROVISIONS = "provisions";
    static final String PAYMENT_METHODS = "payment-methods";
    static final String PAYMENTS = "payments";
    static final String DORMANCY_NOTICES = "dormancy-notices";
    static final String BAD_USE_RECORDS = "bad-use-records";
    static final String FAILED_LOGINS = "failed-logins";
    static final String ACCESSES = "access-records";

    private MyDataTables() {}

    /** Every field of the profile as one row: its category, its name and its value. */
    static DataTable profile(MemberProfile profile) {
        ProfileDetails details = profile.details();
        MemberProfile.Activity activity = profile.activity();
        String account = DataCategory.ACCOUNT.name();
        String basic = DataCategory.BASIC_PROFILE.name();
        String optional = DataCategory.OPTIONAL_SETTINGS.name();
        String form = DataCategory.APPLICATION_FORM.name();
        return DataTable.of(PROFILE, "category", "field", "value")
                .row(account, "memberId", profile.memberId())
                .row(account, "email", profile.email())
                .row(account, "joinedAt", profile.joinedAt())
                .row(account, "emailVerifiedAt", profile.emailVerifiedAt())
                .row(account, "lastActiveAt", activity == null ? null : activity.lastActiveAt())
                .row(account, "keepActiveUntil", activity == null ? null : activity.keepActiveUntil())
                .row(account, "dormantFrom", activity == null ? null : activity.dormantFrom())
                .row(basic, "name", details.getName())
                .row(basic, "mobilePhone", details.getMobilePhone())
                .row(basic, "companyPhone", details.getCompanyPhone())
                .row(basic, "company", details.getCompany())
                .row(basic, "department", details.getDepartment())
                .row(basic, "jobTitle", details.getJobTitle())
                .row(optional, "keepSearchHistory", details.isKeepSearchHistory())
                .row(optional, "serviceNotices", details.isServiceNotices())
                .row(form, "intendedUse", details.getIntendedUse())
                .row(form, "industry", details.getIndustry())
                .row(form, "monthlyImageVolume", details.getMonthlyImageVolume())
                .build();
    }

    /**
     * A child under 14's legal representative (policy §9) as one row; no row for anyone else, the columns kept so that
     * the file's format is the same for every member.
     *
     * @param representative null for a member without one
     */
    static DataTable legalRepresentative(LegalRepresentativeView representative) {
        DataTable.Builder table = DataTable.of(LEGAL_REPRESENTATIVE, "name", "email", "relationship", "consentedAt");
        if (representative != null) {
            table.row(
                    representative.name(),
                    representative.email(),
                    representative.relationship(),
                    representative.consentedAt());
        }
        return table.build();
    }

    static DataTable visits(List<Visit> visits) {
        DataTable.Builder table = DataTable.of(VISITS, "visitedAt", "kind", "clientIp", "userAgent");
        visits.forEach(visit -> table.row(visit.visitedAt(), visit.kind(), visit.clientIp(), visit.userAgent()));
        return table.build();
    }

    /** The consent history, newest first: every consent given and withdrawn, with its policy version. */
    static DataTable consents(List<ConsentEntry> history) {
        DataTable.Builder table = DataTable.of(
                CONSENTS, "occurredAt", "purpose", "action", "policyVersion", "method", "clientIp", "agreedUntil");
        history.forEach(entry -> table.row(
                entry.occurredAt(),
                entry.purpose(),
                entry.action(),
                entry.policyVersion(),
                entry.method(),
                entry.clientIp(),
                entry.agreedUntil()));
        return table.build();
    }

    static DataTable usage(List<UsageEntry> usage) {
        DataTable.Builder table = DataTable.of(USAGE, "occurredAt", "kind", "detail");
        usage.forEach(entry -> table.row(entry.occurredAt(), entry.kind(), entry.detail()));
        return table.build();
    }

    static DataTable inquiries(List<InquiryView> inquiries) {
        DataTable.Builder table = DataTable.of(
                INQUIRIES, "inquiryId", "receivedAt", "subject", "text", "replyTo", "name", "state", "closedAt");
        inquiries.forEach(inquiry -> table.row(
                inquiry.id(),
                inquiry.receivedAt(),
                inquiry.subject(),
                inquiry.text(),
                inquiry.replyTo(),
                inquiry.name(),
                inquiry.state(),
                inquiry.closedAt()));
        return table.build();
    }

    static DataTable inquiryReplies(List<InquiryView> inquiries) {
        DataTable.Builder table = DataTable.of(INQUIRY_REPLIES, "inquiryId", "sentAt", "text");
        for (InquiryView inquiry : inquiries) {
            for (InquiryReplyView reply : inquiry.replies()) {
                table.row(inquiry.id(), reply.sentAt(), reply.text());
            }
        }
        return table.build();
    }

    /**
     * Provisions of the member's data to third parties (policy §3), those the member may be told of: the partner or
     * authority, the partner's purpose or the legal basis, the data categories of the items provided, and how long
     * the partner keeps them (as the registry words it; empty for an authority).
     */
    static DataTable provisions(List<ProvisionView> provisions) {
        DataTable.Builder table =
                DataTable.of(PROVISIONS, "providedAt", "recipient", "purpose", "categories", "retainedUntil");
        provisions.forEach(provision -> table.row(
                provision.providedAt(),
                provision.recipient(),
                provision.purpose(),
                provision.categoryNames(),
                provision.retainedByRecipient()));
        return table.build();
    }

    /**
     * The notices that the account would become dormant (policy §4C), newest first: the address written to only as the
     * hash PIMS kept of it.
     */
    static DataTable dormancyNotices(List<MyDormancyNotice> notices) {
        DataTable.Builder table =
                DataTable.of(DORMANCY_NOTICES, "noticedAt", "idleSince", "dormantFrom", "addressSha256", "outcome");
        notices.forEach(notice -> table.row(
                notice.noticedAt(), notice.idleSince(), notice.dormantFrom(), notice.addressHash(), notice.outcome()));
        return table.build();
    }

    /** The failed logins of the member's address still counted (policy §7A), newest first. */
    static DataTable failedLogins(List<FailedLogin> failures) {
        DataTable.Builder table = DataTable.of(FAILED_LOGINS, "failedAt", "clientIp");
        failures.forEach(failure -> table.row(failure.failedAt(), failure.clientIp()));
        return table.build();
    }

    /** The records of bad use naming the member (policy §2A(2)), newest first: when and why, not by whom. */
    static DataTable badUseRecords(List<RecordedBadUse> records) {
        DataTable.Builder table = DataTable.of(BAD_USE_RECORDS, "recordedAt", "reason");
        records.forEach(record -> table.row(record.recordedAt(), record.reason()));
        return table.build();
    }

    /**
     * The member's payment methods (policy §2A(3)) as every page shows them: the numbers masked, never in clear, since
     * a file leaves PIMS's safeguards once downloaded; the member knows their own numbers.
     */
    static DataTable paymentMethods(List<PaymentMethodView> methods) {
        DataTable.Builder table =
                DataTable.of(PAYMENT_METHODS, "addedAt", "kind", "provider", "holder", "expiry", "maskedNumber");
        methods.forEach(method -> table.row(
                method.addedAt(),
                method.kind(),
                method.provider(),
                method.holderName(),
                method.expiry() == null ? null : method.expiry().toString(),
                method.label()));
        return table.build();
    }

    /** The member's payments still kept (five years, §4B): amount in won, item, the method's kind and masked label. */
    static DataTable payments(List<PaymentEntry> payments) {
        DataTable.Builder table = DataTable.of(PAYMENTS, "paidAt", "amount", "item", "methodKind", "maskedMethod");
        payments.forEach(payment -> table.row(
                payment.paidAt(), payment.amount(), payment.item(), payment.methodKind(), payment.methodLabel()));
        return table.build();
    }

    /** Who accessed the member's data: the role, never the name or the address. */
    static DataTable accesses(List<MyAccess> accesses) {
        DataTable.Builder table = DataTable.of(ACCESSES, "occurredAt", "actorRole", "task", "categories", "outcome");
        accesses.forEach(access -> table.row(
                access.occurredAt(),
                access.actorRole(),
                access.task(),
                access.categories().stream().map(Enum::name).collect(Collectors.joining(" ")),
                access.outcome()));
        return table.build();
    }
}
