package dev.pims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Docs state facts once, and this keeps them true: every class, member, test method, page path, file and table that
 * README.md or a page of docs/ names in backticks must exist in the sources (a class outside PIMS: on the test class
 * path, by its qualified name). A renamed class or a moved page makes the build fail here until the sentence naming it
 * is fixed.
 */
class DocumentationReferencesTest {

    /** {@code a.b.Class}, {@code Class}, {@code Class.member}, {@code a.Class.one/other}, {@code @Annotation(...)}. */
    private static final Pattern CODE = Pattern.compile("@?((?:[a-z][a-z0-9]*\\.)*)([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)"
            + "((?:\\.[a-z][A-Za-z0-9]*(?:/[a-z][A-Za-z0-9]*)*)?)(?:\\(.*\\))?");
    /** {@code context.domain.{One, Two}}: several classes of one package. */
    private static final Pattern CLASSES_OF_A_PACKAGE = Pattern.compile("((?:[a-z][a-z0-9]*\\.)+)\\{([A-Za-z0-9, ]+)}");
    /** A test method named on its own, as {@code …aMemberDoesSomething}. */
    private static final Pattern TEST_METHOD = Pattern.compile("…([a-z][A-Za-z0-9]*)");
    /** A page: {@code /my/profile}, {@code /admin/*}, {@code /verify?token=…}. */
    private static final Pattern PAGE = Pattern.compile("/([a-z][a-z0-9/-]*)?(/\\*)?(\\?.*)?");
    /** A file or folder of the project: {@code server-config/post-boot.asadmin}, {@code web/}, {@code V10__x.sql}. */
    private static final Pattern FILE = Pattern.compile(
            "[A-Za-z0-9_.-]+(/[A-Za-z0-9_.{},-]+)*(\\.(java|sql|xhtml|md|asadmin|properties|xml|js)|/)");
    /** A table, column or constraint of the stores, an enum constant, an environment variable. */
    private static final Pattern UPPER_CASE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    /** Paths of the machine, not of PIMS: {@code /usr/lib/jvm}. */
    private static final Pattern MACHINE_PATH = Pattern.compile("/(usr|etc|tmp|var|proc|opt)(/.*)?");

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");
    /** Where a class that the docs name without its package may come from when PIMS does not declare it. */
    private static final List<String> PLATFORM_PACKAGES = List.of(
            "java.lang",
            "java.time",
            "java.util",
            "jakarta.annotation.security",
            "jakarta.ejb",
            "jakarta.enterprise.context",
            "jakarta.inject",
            "jakarta.persistence",
            "jakarta.transaction",
            "jakarta.security.enterprise.identitystore",
            "java.net.http");

    private static Path project;
    /** Every Java source file of the project by its simple name. */
    private static Map<String, List<Path>> javaSources;
    /** The text of every Java source file, read once. */
    private static Map<Path, String> javaTexts;

    private static List<Path> projectFiles;
    /** The text of every source, migration, configuration file and script, for names used as values. */
    private static String allText;

    @BeforeAll
    static void readTheProject() throws IOException {
        project = ProjectRoot.path();
        try (Stream<Path> files = Files.walk(project)) {
            projectFiles = files.filter(Files::isRegularFile)
                    .filter(file -> !isBuildOutput(project.relativize(file)))
                    .toList();
        }
        javaTexts = projectFiles.stream()
                .filter(file -> file.toString().endsWith(".java"))
                .collect(Collectors.toMap(file -> file, DocumentationReferencesTest::read));
        javaSources = javaTexts.keySet().stream()
                .collect(Collectors.groupingBy(
                        file -> file.getFileName().toString().replace(".java", "")));
        allText = projectFiles.stream()
                .filter(file -> file.getFileName().toString().matches(".*\\.(java|sql|xml|properties|asadmin)|pims"))
                .map(DocumentationReferencesTest::read)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everythingTheDocsNameInBackticksExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs()) {
            Matcher backticked = BACKTICKED.matcher(read(doc));
            while (backticked.find()) {
                String reference = backticked.group(1).trim();
                Optional<Boolean> exists = exists(reference, doc);
                if (exists.isPresent()) {
                    checked++;
                    if (!exists.get()) {
                        missing.add(project.relativize(doc) + ": `" + reference + "`");
                    }
                }
            }
        }
        assertTrue(checked > 200, "the docs name only " + checked + " things this test recognises");
        assertEquals(List.of(), missing, "The docs name what the sources do not have");
    }

    /** Whether what a reference names exists; empty when it names nothing this test knows how to look up. */
    private static Optional<Boolean> exists(String reference, Path doc) {
        Matcher classes = CLASSES_OF_A_PACKAGE.matcher(reference);
        if (classes.matches()) {
            return Optional.of(Stream.of(classes.group(2).split(","))
                    .allMatch(simpleName -> classExists(classes.group(1), simpleName.trim())));
        }
        Matcher code = CODE.matcher(reference);
        if (code.matches()) {
            return Optional.of(codeExists(code.group(1), code.group(2), code.group(3)) || isStringInCode(reference));
        }
        Matcher testMethod = TEST_METHOD.matcher(reference);
        if (testMethod.matches()) {
            return Optional.of(testMethodExists(testMethod.group(1)));
        }
        if (MACHINE_PATH.matcher(reference).matches()) {
            return Optional.empty();
        }
        if (PAGE.matcher(reference).matches()) {
            return Optional.of(pageExists(reference));
        }
        if (FILE.matcher(reference).matches()) {
            // A path that leaves the project (the policy in ../shared/) is not in a clone of it.
            boolean outside = !project.resolve(reference).normalize().startsWith(project);
            return outside ? Optional.empty() : Optional.of(fileExists(reference, doc));
        }
        if (UPPER_CASE_NAME.matcher(reference).matches()) {
            return Optional.of(
                    Pattern.compile("\\b" + reference + "\\b").matcher(allText).find());
        }
        return Optional.empty();
    }

    private static boolean codeExists(String packagePrefix, String simpleName, String members) {
        if (packagePrefix.matches("(java|javax|jakarta|org|com)\\..*")) {
            return isOnTheClassPath(packagePrefix + simpleName);
        }
        if (!classExists(packagePrefix, simpleName)) {
            return packagePrefix.isEmpty() && members.isEmpty() && isPlatformClass(simpleName);
        }
        if (members.isEmpty()) {
            return true;
        }
        String source = javaSources.getOrDefault(simpleName, List.of()).stream()
                .filter(file -> inPackage(file, packagePrefix))
                .map(javaTexts::get)
                .collect(Collectors.joining("\n"));
        String classSource = source.isEmpty() ? sourceDeclaring(simpleName) : source;
        return Stream.of(members.substring(1).split("/"))
                .allMatch(member -> Pattern.compile("\\b" + member + "\\b")
                        .matcher(classSource)
                        .find());
    }

    /** A top-level class by its file, or a nested one by its declaration; in the package given, if one is. */
    private static boolean classExists(String packagePrefix, String simpleName) {
        if (javaSources.getOrDefault(simpleName, List.of()).stream().anyMatch(file -> inPackage(file, packagePrefix))) {
            return true;
        }
        Pattern declaration = declarationOf(simpleName);
        return javaTexts.entrySet().stream()
                .filter(source -> inPackage(source.getKey(), packagePrefix))
                .anyMatch(source -> declaration.matcher(source.getValue()).find());
    }

    private static boolean isPlatformClass(String simpleName) {
        return PLATFORM_PACKAGES.stream().anyMatch(platform -> isOnTheClassPath(platform + "." + simpleName));
    }

    private static boolean isOnTheClassPath(String className) {
        try {
            Class.forName(className, false, DocumentationReferencesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException notThere) {
            return false;
        }
    }

    private static String sourceDeclaring(String simpleName) {
        Pattern declaration = declarationOf(simpleName);
        return javaTexts.values().stream()
                .filter(source -> declaration.matcher(source).find())
                .collect(Collectors.joining("\n"));
    }

    private static Pattern declarationOf(String simpleName) {
        return Pattern.compile("\\b(class|interface|record|enum|@interface) " + simpleName + "\\b");
    }

    /** Whether a source file lies in the package dev.pims.[prefix]; a prefix may leave out "dev.pims.". */
    private static boolean inPackage(Path file, String packagePrefix) {
        if (packagePrefix.isEmpty()) {
            return true;
        }
        String packageName = packagePrefix.startsWith("dev.pims.") ? packagePrefix : "dev.pims." + packagePrefix;
        String packageDir =
                "/" + packageName.substring(0, packageName.length() - 1).replace('.', '/');
        return file.getParent().toString().endsWith(packageDir);
    }

    /** Names that the code uses as values, e.g. the operations {@code Auditing.started} of the access log. */
    private static boolean isStringInCode(String reference) {
        String literal = "\"" + reference + "\"";
        return javaTexts.values().stream().anyMatch(source -> source.contains(literal));
    }

    private static boolean testMethodExists(String name) {
        Pattern method = Pattern.compile("void " + name + "\\(");
        return javaTexts.entrySet().stream()
                .filter(source -> source.getKey().toString().contains("/src/test/java/"))
                .anyMatch(source -> method.matcher(source.getValue()).find());
    }

    private static boolean pageExists(String reference) {
        String path = reference.replaceFirst("\\?.*", "");
        Path webapp = project.resolve("web/src/main/webapp");
        if (path.equals("/")) {
            return Files.exists(webapp.resolve("index.xhtml"));
        }
        if (path.endsWith("/*")) {
            return Files.isDirectory(webapp.resolve(path.substring(1, path.length() - 2)));
        }
        String page = path.substring(1);
        return Files.exists(webapp.resolve(page + ".xhtml"))
                || Files.exists(webapp.resolve(page + "/index.xhtml"))
                || allText.contains("\"" + path + "\"");
    }

    /** Relative to the project, to the doc, or the end of a path in the project (resources named from their root). */
    private static boolean fileExists(String reference, Path doc) {
        if (reference.contains("{")) {
            return true;
        }
        String path = reference.endsWith("/") ? reference.substring(0, reference.length() - 1) : reference;
        if (Files.exists(project.resolve(path)) || Files.exists(doc.getParent().resolve(path))) {
            return true;
        }
        return projectFiles.stream()
                .map(file -> project.relativize(file).toString())
                .anyMatch(file -> file.endsWith("/" + path) || file.contains("/" + path + "/"));
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(project.resolve("README.md")));
        try (Stream<Path> pages = Files.walk(project.resolve("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".") || name.equals("data") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
