package dev.pims.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pims.accesslog.AccessLog;
import dev.pims.accesslog.AccessLogIntegrity;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.records.AccessRecords;
import dev.pims.inspection.Inspections;
import dev.pims.shared.PersonalData;
import dev.pims.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second fence after the Maven module graph: the arrows between modules (exactly those of the table in
 * docs/architecture.md), their internals kept internal, and the one audited road to personal data. Every rule must
 * match classes (ArchUnit's failOnEmptyShould is on by default), so none passes by matching nothing.
 */
class ArchitectureTest {

    private static final List<String> CONTEXTS = List.of(
            "shared",
            "store",
            "keyring",
            "jobs",
            "audit",
            "accesslog",
            "retention",
            "backup",
            "mail",
            "membership",
            "consent",
            "usage",
            "dormancy",
            "inquiry",
            "partners",
            "payments",
            "rights",
            "staff",
            "inspection",
            "notices",
            "marketing",
            "deidentification");
    /** The contexts, and web, which holds pages, security and wiring. */
    private static final List<String> MODULES =
            Stream.concat(CONTEXTS.stream(), Stream.of("web")).toList();
    /** The audit module's one JDBC helper, which its JDBC repositories write and read through. */
    private static final String JDBC_HELPER = "dev.pims.audit.internal.Sql";
    /** The classes that touch the database without being repositories, each for its reason. */
    private static final Map<String, String> NOT_REPOSITORIES_BUT_TOUCH_THE_DATABASE = Map.ofEntries(
            Map.entry(
                    "dev.pims.store.SchemaMigration",
                    "hands both stores' DataSources to Flyway before any other start-up bean"),
            Map.entry(
                    "dev.pims.store.StoreSchema",
                    "runs the modules' migrations, and hands a store made by release 1 over to them"),
            Map.entry(
                    "dev.pims.store.SchemaFingerprint",
                    "reads and records which modules last migrated a store, so that a start with the same ones skips Flyway"),
            Map.entry(
                    "dev.pims.store.StoreVendor",
                    "tells a store's database product from its connection, for the few statements whose form differs"),
            Map.entry(
                    "dev.pims.store.LockConflicts",
                    "tells a transaction rolled back for a lost lock conflict by its SQLException, touching no store"),
            Map.entry(
                    "dev.pims.web.setup.DerbyShutdown",
                    "shuts the embedded Derby engine down through JDBC when PIMS stops"),
            Map.entry(
                    "dev.pims.store.OfflineStore",
                    "opens a stopped PIMS's embedded operational store by JDBC for a command of ./pims, and shuts it down"),
            Map.entry(
                    "dev.pims.keyring.internal.RotateKeys",
                    "./pims keys rotate: hands the offline store's connections to the key ring's data keys"),
            Map.entry(
                    "dev.pims.staff.internal.UnlockStaff",
                    "./pims staff unlock: lifts the lock in the offline store by JDBC, with no server"),
            Map.entry(JDBC_HELPER, "the JDBC plumbing itself, done once for the repositories that use it"),
            Map.entry(
                    "dev.pims.retention.RecordTable",
                    "the SQL of the usual retention rule, written once and run by the repositories that own the tables, on"
                            + " their store"),
            Map.entry(
                    "dev.pims.audit.internal.AccessLogQuery",
                    "the auditors' reader's SQL and its parameters (JDBC "
                            + "timestamps); it runs nothing, and is public so that the benchmark times exactly this SQL"));
    /**
     * The repository interfaces a module publishes in its API for another module to read through (docs/architecture.md,
     * "The auditors' side of the log"): repositories like those of a {@code domain} package, behind an API.
     */
    private static final List<Class<?>> PUBLISHED_REPOSITORIES = List.of(AccessRecords.class);
    /** The audit module's read ports, with no role check of their own, and the packages that may call them. */
    private static final List<Class<?>> AUDIT_READ_PORTS = List.of(AccessRecords.class, AccessChain.class);

    private static final String[] READERS_OF_THE_AUDIT_PORTS = {"dev.pims.audit..", "dev.pims.accesslog.."};
    /**
     * Neither a repository nor a named exception. A repository is known by its role (STYLE.md: repository interfaces
     * beside their aggregate, implementations behind them): a class of a module's {@code internal} package that
     * implements an interface of the same module's {@code domain} package, or one of the
     * {@link #PUBLISHED_REPOSITORIES} of its module. A nested class goes with its outer class.
     */
    private static final DescribedPredicate<JavaClass> NOT_REPOSITORIES = DescribedPredicate.describe(
            "are neither repositories (implement a domain interface or a published repository of their module) nor "
                    + "named exceptions "
                    + new TreeSet<>(NOT_REPOSITORIES_BUT_TOUCH_THE_DATABASE.keySet()),
            type -> !isRepository(topLevel(type))
                    && !NOT_REPOSITORIES_BUT_TOUCH_THE_DATABASE.containsKey(
                            topLevel(type).getName()));

    private static final DescribedPredicate<JavaClass> THE_DATABASE = assignableTo(EntityManager.class)
            .or(resideInAnyPackage("java.sql..", "javax.sql.."))
            .or(name(JDBC_HELPER))
            .as("are the EntityManager, JDBC (java.sql.., javax.sql.., DataSource among them) or the JDBC helper");

    private static final DescribedPredicate<JavaClass> SERVICES_THAT_TOUCH_PERSONAL_DATA = DescribedPredicate.describe(
            "are services (EJBs or implementations of their module's API) that touch a type marked @PersonalData",
            type -> isService(type)
                    && type.getDirectDependenciesFromSelf().stream()
                            .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                            .anyMatch(target -> target.isAnnotatedWith(PersonalData.class)));

    /**
     * The modules' test-jars (their test support, {@code dev.pims.<context>.testing}) are on web's test class path as
     * jars, which {@link ImportOption.Predefined#DO_NOT_INCLUDE_TESTS} does not know for tests.
     */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.contains("-tests.jar");

    private static JavaClasses pims;

    @BeforeAll
    static void importPims() {
        pims = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
                .importPackages("dev.pims");
    }

    /**
     * Each module depends on exactly the modules that the table in docs/architecture.md allows it: a dependency the
     * table does not allow fails, and so does a pair in the table that no code uses. A start-up bean's
     * {@code @DependsOn} counts as a dependency on the module of the bean it names.
     */
    @Test
    void theModulesDependOnExactlyWhatTheTableAllows() throws IOException {
        Map<String, Set<String>> allowed = ModuleDependencyTable.in(ModuleDependencyTable.architectureDoc());
        Map<String, Map<String, String>> used = new TreeMap<>();
        for (JavaClass origin : pims) {
            String from = moduleOf(origin.getPackageName());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = moduleOf(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    used.computeIfAbsent(from, module -> new TreeMap<>()).putIfAbsent(to, dependency.getDescription());
                }
            }
            if (origin.isAnnotatedWith(DependsOn.class)) {
                for (String bean : origin.getAnnotationOfType(DependsOn.class).value()) {
                    JavaClass named = pims.stream()
                            .filter(candidate -> candidate.getSimpleName().equals(bean))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(
                                    origin.getName() + " depends on a start-up bean that does not exist: " + bean));
                    String to = moduleOf(named.getPackageName());
                    if (!to.equals(from)) {
                        used.computeIfAbsent(from, module -> new TreeMap<>())
                                .putIfAbsent(to, origin.getName() + " names " + named.getName() + " in @DependsOn");
                    }
                }
            }
        }
        List<String> notAllowed = new ArrayList<>();
        used.forEach((from, targets) -> targets.forEach((to, example) -> {
            if (!allowed.getOrDefault(from, Set.of()).contains(to)) {
                notAllowed.add(from + " -> " + to + " (e.g. " + example + ")");
            }
        }));
        List<String> unused = new ArrayList<>();
        allowed.forEach((from, targets) -> targets.forEach(to -> {
            if (!used.getOrDefault(from, Map.of()).containsKey(to)) {
                unused.add(from + " -> " + to);
            }
        }));
        assertThat(allowed.keySet()).as("the modules of the table").containsExactlyInAnyOrderElementsOf(MODULES);
        assertThat(notAllowed)
                .as("dependencies that the table in docs/architecture.md does not allow")
                .isEmpty();
        assertThat(unused)
                .as("pairs in the table of docs/architecture.md that no code uses")
                .isEmpty();
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("dev.pims.")) {
            return null;
        }
        String rest = packageName.substring("dev.pims.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void nobodyReachesIntoAnotherContextsDomainOrInternals() {
        for (String context : CONTEXTS) {
            String home = "dev.pims." + context + "..";
            noClasses()
                    .that()
                    .resideOutsideOfPackage(home)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("dev.pims." + context + ".domain..", "dev.pims." + context + ".internal..")
                    .check(pims);
        }
    }

    /**
     * Every public method of the auditors' services is guarded: by the container's role check on the class, or by the
     * audited road, which checks the role itself and records the call.
     */
    @Test
    void everyAuditorServiceMethodChecksTheRole() {
        for (Class<?> service : List.of(AccessLog.class, AccessLogIntegrity.class, Inspections.class)) {
            methods()
                    .that()
                    .areDeclaredInClassesThat()
                    .areAnnotatedWith(Stateless.class)
                    .and()
                    .areDeclaredInClassesThat()
                    .implement(service)
                    .and()
                    .arePublic()
                    .should()
                    .beDeclaredInClassesThat()
                    .areAnnotatedWith(RolesAllowed.class)
                    .andShould(new ArchCondition<JavaMethod>("let none but auditors in, or travel the audited road") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            boolean audited = method.isAnnotatedWith(PersonalDataAccess.class)
                                    && List.of(method.getAnnotationOfType(PersonalDataAccess.class)
                                                    .roles())
                                            .equals(List.of(Principals.AUDITOR_ROLE));
                            if (method.isAnnotatedWith(PermitAll.class) && !audited) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " lets any caller in"));
                            }
                        }
                    })
                    .check(pims);
        }
    }

    /**
     * The audit module's read ports check no role: only the auditors' side of the log, whose services check it, reads
     * through them.
     */
    @Test
    void onlyTheAuditorsSideReadsTheAccessLogThroughTheAuditPorts() {
        for (Class<?> port : AUDIT_READ_PORTS) {
            methods()
                    .that()
                    .areDeclaredIn(port)
                    .should()
                    .onlyBeCalled()
                    .byClassesThat()
                    .resideInAnyPackage(READERS_OF_THE_AUDIT_PORTS)
                    .check(pims);
        }
    }

    /**
     * A service of any module, an EJB or a class that implements its module's API, that touches a type holding members'
     * personal data ({@link PersonalData}) reaches it only on the audited road: every public method carries
     * {@code @PersonalDataAccess}. A new module's service is held to it the day it touches such a type.
     */
    @Test
    void everyServiceThatTouchesPersonalDataTravelsTheAuditedRoad() {
        methods()
                .that()
                .areDeclaredInClassesThat(SERVICES_THAT_TOUCH_PERSONAL_DATA)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PersonalDataAccess.class)
                .check(pims);
        assertThat(pims.stream().filter(SERVICES_THAT_TOUCH_PERSONAL_DATA).map(JavaClass::getSimpleName))
                .as("the rule holds the member services to the road")
                .contains("DefaultMemberSelfService", "DefaultMemberCare", "DefaultConsentService");
    }

    /**
     * Only repositories touch a store: the EntityManager, a DataSource, JDBC ({@code java.sql}, {@code javax.sql}) or
     * the audit module's JDBC helper. A service that needs data asks a repository of its module. The few classes that
     * legitimately touch the database without being repositories are named, each with its reason, in
     * {@link #NOT_REPOSITORIES_BUT_TOUCH_THE_DATABASE}; each must still exist and touch it, so that the list cannot go
     * stale.
     */
    @Test
    void onlyRepositoriesTouchTheDatabase() {
        noClasses()
                .that(NOT_REPOSITORIES)
                .should()
                .dependOnClassesThat(THE_DATABASE)
                .check(pims);
        for (String exception : NOT_REPOSITORIES_BUT_TOUCH_THE_DATABASE.keySet()) {
            classes()
                    .that()
                    .haveFullyQualifiedName(exception)
                    .should()
                    .dependOnClassesThat(THE_DATABASE)
                    .check(pims);
        }
        for (Class<?> published : PUBLISHED_REPOSITORIES) {
            classes()
                    .that()
                    .implement(published)
                    .should()
                    .dependOnClassesThat(THE_DATABASE)
                    .check(pims);
        }
    }

    private static boolean isService(JavaClass type) {
        String module = moduleOf(type.getPackageName());
        return module != null
                && type.getPackageName().equals("dev.pims." + module + ".internal")
                && (type.isAnnotatedWith(Stateless.class)
                        || type.getRawInterfaces().stream()
                                .anyMatch(implemented ->
                                        implemented.getPackageName().equals("dev.pims." + module)));
    }

    private static boolean isRepository(JavaClass type) {
        String module = moduleOf(type.getPackageName());
        return module != null
                && type.getPackageName().equals("dev.pims." + module + ".internal")
                && type.getRawInterfaces().stream()
                        .anyMatch(implemented -> implemented.getPackageName().equals("dev.pims." + module + ".domain")
                                || PUBLISHED_REPOSITORIES.stream()
                                        .anyMatch(published -> implemented.isEquivalentTo(published)
                                                && module.equals(moduleOf(published.getPackageName()))));
    }

    private static JavaClass topLevel(JavaClass type) {
        return type.getEnclosingClass().map(ArchitectureTest::topLevel).orElse(type);
    }
}
