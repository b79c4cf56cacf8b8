package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.testing.AuditControls;
import dev.pims.audit.testing.AuditStore;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SyntheticMembers;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the running server: the audited road records every call, whatever its outcome, in the transaction the
 * policy asks for. A refused or failed call leaves its record even though its work rolls back; a successful one
 * commits or rolls back together with the work.
 */
@ExtendWith({PreviousServerGone.class, ArquillianExtension.class})
class AuditedRoadIT {

    @Inject
    private AuditControls audit;

    @Inject
    private MemberSelfService members;

    @Inject
    private SyntheticMembers synthetic;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    private AuditStore auditLog;
    private MemberStore memberStore;

    @Deployment
    static WebArchive pims() {
        return PimsDeployment.war()
                .addClasses(AuditedRoadIT.class, PreviousServerGone.class, SignUpForms.class)
                .addPackages(
                        false,
                        StoreConnection.class.getPackage(),
                        AuditStore.class.getPackage(),
                        MemberStore.class.getPackage(),
                        KeyRingStore.class.getPackage())
                .addAsLibrary(PimsDeployment.jarOf(Assertions.class));
    }

    /**
     * Each test starts outside any transaction (and Arquillian 1.8 injects the fields while this runs); the fixtures
     * read the operational store through the server's own DataSource.
     */
    @BeforeEach
    void noTransactionIsOpen() throws SystemException {
        assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        auditLog = new AuditStore(operational::getConnection);
        memberStore = new MemberStore(operational::getConnection);
    }

    @Test
    void aCallerWhoIsNoMemberIsDeniedAndTheAttemptIsRecorded() throws SQLException {
        long before = records("DefaultMemberSelfService.viewOwnProfile", "DENIED");
        assertThatThrownBy(() -> members.viewOwnProfile()).isInstanceOf(AccessDeniedException.class);
        assertThat(records("DefaultMemberSelfService.viewOwnProfile", "DENIED")).isEqualTo(before + 1);
    }

    @Test
    void syntheticMembersCannotBeEnrolledFromARequest() throws SQLException {
        SignUpForm form = SignUpForms.valid("road");
        long before = records("DefaultSyntheticMembers.enrolVerified", "DENIED");
        assertThatThrownBy(() -> synthetic.enrolVerified(form)).isInstanceOf(AccessDeniedException.class);
        assertThat(records("DefaultSyntheticMembers.enrolVerified", "DENIED")).isEqualTo(before + 1);
        assertThat(accounts(form.getEmail())).isZero();
    }

    @Test
    void aRefusedCallStoresNothingButItsRecordAndASecondSignUpNoSecondAccount() throws SQLException {
        SignUpForm form = SignUpForms.valid("road");
        long first = members.signUp(form).memberId();
        // The same address again answers as any sign-up (the member is told by mail instead) and adds no account.
        assertThat(members.signUp(form).memberId()).isEqualTo(first);
        assertThat(accounts(form.getEmail())).isEqualTo(1);

        long before = records("DefaultMemberSelfService.verifyEmail", "ERROR");
        assertThatThrownBy(() -> members.verifyEmail("no-such-link")).isInstanceOf(MembershipRefusal.class);
        assertThat(records("DefaultMemberSelfService.verifyEmail", "ERROR")).isEqualTo(before + 1);
        assertThat(accounts(form.getEmail())).isEqualTo(1);
    }

    @Test
    void aSuccessfulAccessIsRecordedInTheCallersTransaction() throws Exception {
        SignUpForm form = SignUpForms.valid("road");
        long before = records("DefaultMemberSelfService.signUp", "SUCCESS");
        transaction.begin();
        long memberId = members.signUp(form).memberId();
        transaction.rollback();
        assertThat(accounts(form.getEmail())).isZero();
        assertThat(records("DefaultMemberSelfService.signUp", "SUCCESS"))
                .as("the record went with the work it " + "recorded")
                .isEqualTo(before);
        assertThat(recordsNaming(memberId)).as("and was never sealed").isZero();

        long committed = members.signUp(SignUpForms.valid("road")).memberId();
        assertThat(recordsNaming(committed)).as("sign-up and its consents").isEqualTo(2);
    }

    private long records(String operation, String outcome) throws SQLException {
        return auditLog.recordCount(operation, outcome);
    }

    private long recordsNaming(long memberId) throws SQLException {
        audit.sealNow();
        return auditLog.sealedRecordsNaming(memberId);
    }

    private long accounts(String email) throws SQLException {
        return memberStore.accountCount(email);
    }
}
