package dev.pims.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.AccessLog;
import dev.pims.inspection.Inspections;
import dev.pims.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second fence after the Maven module graph: the arrows between bounded contexts, their internals kept
 * internal, and the one audited road to personal data. Every rule must match classes (ArchUnit's
 * failOnEmptyShould is on by default), so none passes by matching nothing.
 */
class ArchitectureTest {

    private static final List<String> CONTEXTS = List.of("shared", "jobs", "audit", "membership", "consent", "staff",
            "inspection");
    private static final String[] PERSONAL_DATA_SERVICES = {"dev.pims.membership.internal..",
        "dev.pims.consent.internal.."};

    private static JavaClasses pims;

    @BeforeAll
    static void importPims() {
        pims = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pims");
    }

    @Test
    void theContextsFormNoCycle() {
        slices().matching("dev.pims.(*)..").should().beFreeOfCycles().check(pims);
    }

    @Test
    void nobodyReachesIntoAnotherContextsDomainOrInternals() {
        for (String context : CONTEXTS) {
            String home = "dev.pims." + context + "..";
            noClasses().that().resideOutsideOfPackage(home)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.pims." + context + ".domain..", "dev.pims." + context + ".internal..")
                    .check(pims);
        }
    }

    @Test
    void theSharedKernelDependsOnNoContext() {
        noClasses().that().resideInAPackage("dev.pims.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pims.jobs..", "dev.pims.audit..", "dev.pims.membership..", "dev.pims.consent..",
                        "dev.pims.staff..", "dev.pims.web..")
                .check(pims);
    }

    @Test
    void theJobLedgerDependsOnTheSharedKernelOnly() {
        noClasses().that().resideInAPackage("dev.pims.jobs..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pims.audit..", "dev.pims.membership..", "dev.pims.consent..", "dev.pims.staff..",
                        "dev.pims.inspection..", "dev.pims.web..")
                .check(pims);
    }

    @Test
    void staffKnowsNoMemberData() {
        noClasses().that().resideInAPackage("dev.pims.staff..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pims.membership..", "dev.pims.consent..", "dev.pims.inspection..", "dev.pims.web..")
                .check(pims);
    }

    @Test
    void auditDependsOnTheSharedKernelOnly() {
        noClasses().that().resideInAPackage("dev.pims.audit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pims.membership..", "dev.pims.consent..", "dev.pims.staff..", "dev.pims.inspection..",
                        "dev.pims.web..")
                .check(pims);
    }

    /** The inspection reads the access log and the staff logins through their APIs, and no member data at all. */
    @Test
    void theInspectionKnowsNoMemberData() {
        noClasses().that().resideInAPackage("dev.pims.inspection..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.pims.membership..", "dev.pims.consent..", "dev.pims.web..")
                .check(pims);
    }

    /**
     * Every public method of the auditors' services is guarded: by the container's role check on the class, or by the
     * audited road, which checks the role itself and records the call.
     */
    @Test
    void everyAuditorServiceMethodChecksTheRole() {
        for (Class<?> service : List.of(AccessLog.class, Inspections.class)) {
            methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                    .and().areDeclaredInClassesThat().implement(service)
                    .and().arePublic()
                    .should().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                    .andShould(new ArchCondition<JavaMethod>("let none but auditors in, or travel the audited road") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            boolean audited = method.isAnnotatedWith(PersonalDataAccess.class)
                                    && List.of(method.getAnnotationOfType(PersonalDataAccess.class).roles())
                                            .equals(List.of(Principals.AUDITOR_ROLE));
                            if (method.isAnnotatedWith(PermitAll.class) && !audited) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " lets any caller in"));
                            }
                        }
                    })
                    .check(pims);
        }
    }

    @Test
    void membershipKnowsNothingOfConsentOrWeb() {
        noClasses().that().resideInAPackage("dev.pims.membership..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pims.consent..", "dev.pims.web..")
                .check(pims);
    }

    @Test
    void consentKnowsNothingOfWeb() {
        noClasses().that().resideInAPackage("dev.pims.consent..")
                .should().dependOnClassesThat().resideInAPackage("dev.pims.web..")
                .check(pims);
    }

    @Test
    void everyPersonalDataServiceMethodTravelsTheAuditedRoad() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage(PERSONAL_DATA_SERVICES)
                .and().arePublic()
                .should().beAnnotatedWith(PersonalDataAccess.class)
                .check(pims);
    }

    @Test
    void onlyRepositoriesTalkToTheEntityManager() {
        noClasses().that().haveSimpleNameNotStartingWith("Jpa")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(pims);
    }

    @Test
    void pagesReachNoDatabaseDirectly() {
        noClasses().that().resideInAPackage("dev.pims.web..").and().resideOutsideOfPackage("dev.pims.web.setup..")
                .should().dependOnClassesThat().areAssignableTo(DataSource.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(pims);
    }
}
