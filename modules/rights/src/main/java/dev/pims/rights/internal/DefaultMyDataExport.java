package dev.pims.rights.internal;

import dev.pims.accesslog.MyAccessLog;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentService;
import dev.pims.dormancy.MyDormancyNotices;
import dev.pims.inquiry.InquiryView;
import dev.pims.inquiry.MyInquiries;
import dev.pims.membership.MemberProfile;
import dev.pims.membership.MemberSelfService;
import dev.pims.partners.MyProvisions;
import dev.pims.payments.MyPayments;
import dev.pims.rights.MyDataArchive;
import dev.pims.rights.MyDataExport;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import dev.pims.usage.MyUsage;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Puts a member's download together (policy §5, §11) from what each module holds of the calling member, each asked
 * through its own audited API (so each part read is a VIEW of its categories), and writes it as one ZIP. The download
 * is one DOWNLOAD access record naming the member and every category it carries. The audited road checks the MEMBER
 * role, so the container lets every caller through to it; the modules' services name the member from the security
 * context, so a member can download no one's data but their own. A child under 14's legal representative (policy §9)
 * comes with the profile's read, which names that category only for a child.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyDataExport implements MyDataExport {

    /** Looked up once, as {@code MemberDataJson} does: the lookup loads the provider through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String FILE_NAME = "pims-my-data.zip";

    @Inject
    private MemberSelfService membership;

    @Inject
    private ConsentService consents;

    @Inject
    private MyUsage usage;

    @Inject
    private MyInquiries inquiries;

    @Inject
    private MyAccessLog accessLog;

    @Inject
    private MyProvisions provisions;

    @Inject
    private MyPayments payments;

    @Inject
    private MyDormancyNotices dormancyNotices;

    @Override
    @PersonalDataAccess(
            task = AccessTask.DOWNLOAD,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.VISIT_RECORD,
                DataCategory.BAD_USE,
                DataCategory.CONSENT,
                DataCategory.SERVICE_USAGE,
                DataCategory.INQUIRY,
                DataCategory.ACCESS_LOG,
                DataCategory.LEGAL_REPRESENTATIVE,
                DataCategory.PROVISION,
                DataCategory.PAYMENT
            },
            roles = Principals.MEMBER_ROLE)
    public MyDataArchive download() {
        List<InquiryView> cases = inquiries.viewMine();
        MemberProfile profile = membership.viewOwnProfile();
        List<DataTable> tables = List.of(
                MyDataTables.profile(profile),
                MyDataTables.legalRepresentative(profile.legalRepresentative()),
                MyDataTables.visits(membership.viewAllOwnVisits()),
                MyDataTables.failedLogins(membership.viewOwnFailedLogins()),
                MyDataTables.badUseRecords(membership.viewOwnBadUseRecords()),
                MyDataTables.consents(consents.viewMyConsents().history()),
                MyDataTables.usage(usage.viewAllMyUsage()),
                MyDataTables.inquiries(cases),
                MyDataTables.inquiryReplies(cases),
                MyDataTables.provisions(provisions.viewMine()),
                MyDataTables.paymentMethods(payments.viewMyMethods()),
                MyDataTables.payments(payments.viewAllMyHistory()),
                MyDataTables.dormancyNotices(dormancyNotices.viewMine()),
                MyDataTables.accesses(accessLog.viewAllMyAccesses()));
        byte[] zip = MyDataZip.of(tables, table -> table.json(JSON));
        return new MyDataArchive(FILE_NAME, zip, profile.legalRepresentative() != null);
    }
}
