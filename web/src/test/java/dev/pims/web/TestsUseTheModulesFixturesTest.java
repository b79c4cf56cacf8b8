package dev.pims.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.pims.shared.DataCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web's tests reach a module's tables and internals only through that module's test support (its test-jar's package
 * {@code dev.pims.<context>.testing}), so that a change of a table or of an internal class touches its own module and
 * no test here. No test source under web/src/test/java names a table, view or sequence that a module's migrations
 * create; a table named after a data category (one table per category, policy §2A(1)) counts as named where SQL would
 * name it, after FROM, JOIN, INTO, UPDATE or TABLE: elsewhere its name is the category's, which tests rightly name. And
 * no class of web's tests depends on a class of a module's {@code domain} or {@code internal} package: a test that
 * needs the machinery inside asks the owning module's test support, which may use its own module's internals.
 */
class TestsUseTheModulesFixturesTest {

    private static final Pattern CREATED = Pattern.compile("(?i)CREATE\\s+(?:TABLE|VIEW|SEQUENCE)\\s+(\\w+)");
    /** Test sources that may name the modules' tables, each for its reason; each must still exist. */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "StoreUpgradeTest.java",
            "upgrades a store made by release 1 (its scripts kept as test data in "
                    + "release-1/db) in memory and compares its schema with a fresh store's: it tests the schemas "
                    + "themselves, table by table, with no running PIMS and no module's fixtures to ask",
            "PostgresSchemaIT.java",
            "migrates both stores on a throwaway PostgreSQL and beside them on Derby, compares their tables and tries "
                    + "every append-only guard with SQL: it tests the PostgreSQL schema itself, with no running PIMS",
            TestsUseTheModulesFixturesTest.class.getSimpleName() + ".java",
            "names the tables it looks for and the " + "text allowed below");
    /** Text that names a table without reaching it, each with its reason; each must still be found. */
    private static final Map<String, String> NAMED_BUT_NOT_REACHED = Map.of(
            "'; DROP TABLE MEMBER_ACCOUNT; --",
            "FormInputIT types this SQL into the forms: text PIMS must refuse or " + "keep as typed, never run");

    private static Path project;
    private static Set<String> tables;

    @BeforeAll
    static void collectTheModulesTables() throws IOException {
        project = ProjectRoot.path();
        tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(project.resolve("modules"))) {
            files.filter(TestsUseTheModulesFixturesTest::isMigration).forEach(script -> {
                Matcher created = CREATED.matcher(read(script));
                while (created.find()) {
                    tables.add(created.group(1).toUpperCase(Locale.ROOT));
                }
            });
        }
    }

    /** Found at all, so that the test below cannot pass by looking for nothing. */
    @Test
    void theModulesMigrationsCreateTheTablesLookedFor() {
        assertThat(tables)
                .contains(
                        "ACCESS_RECORD",
                        "MEMBER_ACCOUNT",
                        "STAFF_ROLE",
                        "CONSENT_RECORD",
                        "JOB_RUN",
                        "INSPECTION_REPORT",
                        "SEPARATED_MEMBER",
                        "ACCESS_RECORD_SUBJECTS",
                        "ACCESS_RECORD_SEQ");
    }

    @Test
    void noTestSourceNamesATableOfAModule() throws IOException {
        List<Pattern> names =
                tables.stream().map(TestsUseTheModulesFixturesTest::naming).toList();
        List<String> found = new ArrayList<>();
        Set<String> excepted = new TreeSet<>();
        Set<String> allowedFound = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(project.resolve("web/src/test/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                if (EXCEPTIONS.containsKey(source.getFileName().toString())) {
                    excepted.add(source.getFileName().toString());
                    continue;
                }
                checked++;
                String text = read(source);
                for (String allowed : NAMED_BUT_NOT_REACHED.keySet()) {
                    if (text.contains(allowed)) {
                        allowedFound.add(allowed);
                        text = text.replace(allowed, "");
                    }
                }
                for (Pattern name : names) {
                    Matcher named = name.matcher(text);
                    if (named.find()) {
                        found.add(project.relativize(source) + " names " + named.group());
                    }
                }
            }
        }
        assertThat(checked).as("test sources checked").isGreaterThan(30);
        assertThat(excepted).as("the test sources excepted, still there").isEqualTo(EXCEPTIONS.keySet());
        assertThat(allowedFound).as("the text allowed, still used").isEqualTo(NAMED_BUT_NOT_REACHED.keySet());
        assertThat(found)
                .as("tables named by web's tests: reach them through the owning module's "
                        + "dev.pims.<context>.testing package instead")
                .isEmpty();
    }

    /**
     * Web's test classes, as the build compiled them (target/test-classes), use the modules' APIs and test support
     * only. The rule must match them (failOnEmptyShould), and the in-container tests that drive the audit module's
     * machinery are among them.
     */
    @Test
    void noTestClassDependsOnAModulesDomainOrInternals() {
        JavaClasses webTests = new ClassFileImporter().importPath(testClasses());
        assertThat(webTests.contain("dev.pims.web.it.AccessChainIT"))
                .as("web's test classes imported from " + testClasses())
                .isTrue();
        noClasses()
                .that()
                .resideInAPackage("dev.pims.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.pims.*.domain..", "dev.pims.*.internal..")
                .because("a test reaches a module's machinery through that module's test support "
                        + "(dev.pims.<context>.testing), which may use its own module's internals")
                .check(webTests);
    }

    /** Where this class was loaded from: web's compiled test classes. */
    private static Path testClasses() {
        try {
            return Path.of(TestsUseTheModulesFixturesTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** How a source names a table: anywhere, or, for a table named after a data category, where SQL names tables. */
    private static Pattern naming(String table) {
        boolean namedAfterACategory = Stream.of(DataCategory.values())
                .anyMatch(category -> category.name().equals(table));
        String where = namedAfterACategory ? "(?<=\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s{1,20})" : "(?<![A-Za-z0-9_])";
        return Pattern.compile("(?i)" + where + table + "(?![A-Za-z0-9_])");
    }

    private static boolean isMigration(Path file) {
        String path = project.relativize(file).toString().replace('\\', '/');
        return path.matches("modules/[^/]+/src/main/resources/db/.*\\.sql");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
