package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pims.staff.testing.RightsHistoryStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The privacy officer designates staff with least privilege, and every grant, change and revocation of access
 * rights is recorded with actor, target, kind and reason, append-only (safety-measures standard Arts. 5-6). A
 * revoked role or a removed account ends a session already open at its next request.
 */
class StaffRightsIT extends PimsInBrowserTest {

    private static final String PASSWORD = "staff-pass-2026";
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final RightsHistoryStore RIGHTS_HISTORY = new RightsHistoryStore(StoreConnections.operational());

    private Browser officer;
    private String officerId;

    @BeforeEach
    void officerLogsIn() throws Exception {
        officerId = uniqueLoginId("po");
        STAFF.createStaff(officerId, PASSWORD, "PRIVACY_OFFICER");
        officer = new Browser(base, MemberSteps.LANGUAGE);
        StaffSteps.logIn(officer, officerId, PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        officer.close();
    }

    @Test
    void theOfficerCreatesAHandlerWithCategoriesAndEveryChangeIsRecordedWithItsReason() throws Exception {
        String handlerId = uniqueLoginId("h");
        officer.open("/admin/staff?lang=en");
        officer.type(SAYS.get("field.loginId"), handlerId);
        officer.tick(SAYS.get("staffadmin.role.HANDLER"));
        officer.tick(SAYS.get("category.BASIC_PROFILE"));
        officer.type(SAYS.get("staffadmin.reason"), "Hired for member care");
        officer.press(SAYS.get("staffadmin.create.submit"));

        assertThat(officer.textOf("one-time-password")).hasSize(20);
        long id = staffIdOf(handlerId);
        assertThat(STAFF.accountOf(handlerId).map(StaffStore.Account::mustChangePassword))
                .contains(true);
        assertThat(STAFF.rolesOf(id)).containsExactly("HANDLER");
        assertThat(STAFF.categoriesOf(id)).containsExactly("BASIC_PROFILE");
        officer.open("/admin/staff?lang=en");
        assertThat(officer.pageText()).contains(handlerId);
        assertThat(officer.driver().findElements(By.id("one-time-password")))
                .as("shown once only")
                .isEmpty();

        officer.open("/admin/staff/edit?lang=en&id=" + id);
        officer.tick(SAYS.get("staffadmin.role.ADMIN"));
        officer.press(SAYS.get("staffadmin.save"));
        assertThat(officer.messageFor(SAYS.get("staffadmin.reason"))).isEqualTo(SAYS.validation("pims.field.required"));
        assertThat(recordsOf(handlerId)).hasSize(3);

        officer.type(SAYS.get("staffadmin.reason"), "Covers the job runs in March");
        officer.press(SAYS.get("staffadmin.save"));
        officer.untick(SAYS.get("staffadmin.role.ADMIN"));
        officer.type(SAYS.get("staffadmin.reason"), "March job runs done");
        officer.press(SAYS.get("staffadmin.save"));

        String actor = "staff:" + officerId;
        assertThat(recordsOf(handlerId))
                .extracting(
                        RightsHistoryStore.Change::actorId,
                        RightsHistoryStore.Change::changeKind,
                        RightsHistoryStore.Change::rightName,
                        RightsHistoryStore.Change::reason)
                .containsExactly(
                        tuple(actor, "ACCOUNT_CREATED", null, "Hired for member care"),
                        tuple(actor, "ROLE_GRANTED", "HANDLER", "Hired for member care"),
                        tuple(actor, "CATEGORY_GRANTED", "BASIC_PROFILE", "Hired for member care"),
                        tuple(actor, "ROLE_GRANTED", "ADMIN", "Covers the job runs in March"),
                        tuple(actor, "ROLE_REVOKED", "ADMIN", "March job runs done"));

        officer.open("/admin/rights?lang=en");
        List<String> history = officer.driver().findElements(By.cssSelector("[id='history:changes'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(history)
                .as("newest first")
                .filteredOn(row -> row.contains(handlerId))
                .hasSize(5)
                .first()
                .asString()
                .contains(
                        actor,
                        SAYS.get("rights.kind.ROLE_REVOKED"),
                        SAYS.get("staffadmin.role.ADMIN"),
                        "March job runs done");
        assertThat(history)
                .anySatisfy(row -> assertThat(row)
                        .contains(
                                actor,
                                handlerId,
                                SAYS.get("rights.kind.CATEGORY_GRANTED"),
                                SAYS.get("category.BASIC_PROFILE"),
                                "Hired for member care"));
    }

    @Test
    void aRevokedRoleOrARemovedAccountEndsTheLiveSessionAtItsNextRequest() throws Exception {
        String staffId = uniqueLoginId("s");
        long id = STAFF.createStaff(staffId, PASSWORD, "AUDITOR", "ADMIN");
        try (Browser staff = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(staff, staffId, PASSWORD);
            staff.open("/admin/rights?lang=en");
            assertThat(staff.heading()).isEqualTo(SAYS.get("rights.title"));

            officer.open("/admin/staff/edit?lang=en&id=" + id);
            officer.untick(SAYS.get("staffadmin.role.AUDITOR"));
            officer.type(SAYS.get("staffadmin.reason"), "Left the audit team");
            officer.press(SAYS.get("staffadmin.save"));

            staff.open("/admin/rights?lang=en");
            assertThat(staff.path()).startsWith("/admin/login");
            StaffSteps.logIn(staff, staffId, PASSWORD);
            assertThat(staff.path()).startsWith("/admin/");
            staff.open("/admin/rights?lang=en");
            assertThat(staff.pageText()).contains(SAYS.get("error.forbidden.text"));

            officer.open("/admin/staff/edit?lang=en&id=" + id);
            officer.type(SAYS.get("staffadmin.reason"), "Left the company");
            officer.press(SAYS.get("staffadmin.remove"));
            assertThat(officer.pageText()).contains(staffId);

            staff.open("/admin/?lang=en");
            assertThat(staff.path()).startsWith("/admin/login");
            StaffSteps.logIn(staff, staffId, PASSWORD);
            assertThat(staff.pageText()).contains(SAYS.get("staff.login.failed"));
        }
        assertThat(STAFF.accountOf(staffId)).isEmpty();
        assertThat(recordsOf(staffId))
                .extracting(
                        RightsHistoryStore.Change::changeKind,
                        RightsHistoryStore.Change::rightName,
                        RightsHistoryStore.Change::reason)
                .containsExactly(
                        tuple("ROLE_REVOKED", "AUDITOR", "Left the audit team"),
                        tuple("ROLE_REVOKED", "ADMIN", "Left the company"),
                        tuple("ACCOUNT_REMOVED", null, "Left the company"));
    }

    @Test
    void onlyTheOfficerManagesStaffAuditorsReadTheHistoryAndNobodyChangesTheirOwnRights() throws Exception {
        String auditorId = uniqueLoginId("a");
        STAFF.createStaff(auditorId, PASSWORD, "AUDITOR");
        String handlerId = uniqueLoginId("h");
        STAFF.createStaff(handlerId, PASSWORD, "HANDLER");
        try (Browser auditor = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(auditor, auditorId, PASSWORD);
            auditor.open("/admin/rights?lang=en");
            assertThat(auditor.heading()).isEqualTo(SAYS.get("rights.title"));
            auditor.open("/admin/staff?lang=en");
            assertThat(auditor.pageText()).contains(SAYS.get("error.forbidden.text"));

            auditor.forgetSession();
            StaffSteps.logIn(auditor, handlerId, PASSWORD);
            auditor.open("/admin/rights?lang=en");
            assertThat(auditor.pageText()).contains(SAYS.get("error.forbidden.text"));
        }

        officer.open("/admin/staff/edit?lang=en&id=" + staffIdOf(officerId));
        officer.tick(SAYS.get("staffadmin.role.ADMIN"));
        officer.type(SAYS.get("staffadmin.reason"), "Granting myself more");
        officer.press(SAYS.get("staffadmin.save"));
        assertThat(officer.pageText()).contains(SAYS.get("staffadmin.refused.OWN_ACCOUNT"));
        assertThat(recordsOf(officerId)).isEmpty();
    }

    /**
     * Separation of duties (issue 17): an auditor inspects what handlers did and what officers granted, so the staff
     * pages refuse to make a handler or an officer an auditor, or an auditor either, with the reason shown; nothing is
     * granted and nothing recorded.
     */
    @Test
    void theStaffPagesRefuseToMakeAnAuditorAlsoAHandlerOrAPrivacyOfficer() throws Exception {
        String handlerId = uniqueLoginId("h");
        long handler = STAFF.createStaff(handlerId, PASSWORD, "HANDLER");
        officer.open("/admin/staff/edit?lang=en&id=" + handler);
        officer.tick(SAYS.get("staffadmin.role.AUDITOR"));
        officer.type(SAYS.get("staffadmin.reason"), "Covers the March audit");
        officer.press(SAYS.get("staffadmin.save"));
        assertThat(officer.pageText()).contains(SAYS.get("staffadmin.refused.AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER"));
        assertThat(STAFF.rolesOf(handler)).containsExactly("HANDLER");

        String auditorId = uniqueLoginId("a");
        long auditor = STAFF.createStaff(auditorId, PASSWORD, "AUDITOR");
        officer.open("/admin/staff/edit?lang=en&id=" + auditor);
        officer.tick(SAYS.get("staffadmin.role.PRIVACY_OFFICER"));
        officer.type(SAYS.get("staffadmin.reason"), "Deputy officer");
        officer.press(SAYS.get("staffadmin.save"));
        assertThat(officer.pageText()).contains(SAYS.get("staffadmin.refused.AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER"));
        assertThat(STAFF.rolesOf(auditor)).containsExactly("AUDITOR");

        String newId = uniqueLoginId("n");
        officer.open("/admin/staff?lang=en");
        officer.type(SAYS.get("field.loginId"), newId);
        officer.tick(SAYS.get("staffadmin.role.HANDLER"));
        officer.tick(SAYS.get("staffadmin.role.AUDITOR"));
        officer.type(SAYS.get("staffadmin.reason"), "Does everything");
        officer.press(SAYS.get("staffadmin.create.submit"));
        assertThat(officer.pageText()).contains(SAYS.get("staffadmin.refused.AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER"));
        assertThat(STAFF.accountOf(newId)).as("no account made").isEmpty();

        assertThat(recordsOf(handlerId)).isEmpty();
        assertThat(recordsOf(auditorId)).isEmpty();
        assertThat(recordsOf(newId)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheAccessRightsHistory() throws Exception {
        RIGHTS_HISTORY.append(
                "someone", new RightsHistoryStore.Change("staff:" + officerId, "ROLE_GRANTED", "HANDLER", "appended"));
        assertThatThrownBy(() -> RIGHTS_HISTORY.updateReasonsOf("someone", "rewritten"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> RIGHTS_HISTORY.deleteAll())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY");
        assertThat(recordsOf("someone"))
                .extracting(RightsHistoryStore.Change::reason)
                .contains("appended")
                .doesNotContain("rewritten");
    }

    private static List<RightsHistoryStore.Change> recordsOf(String target) throws SQLException {
        return RIGHTS_HISTORY.changesOf(target);
    }

    private static long staffIdOf(String loginId) throws SQLException {
        return STAFF.idOf(loginId);
    }

    private static String uniqueLoginId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
