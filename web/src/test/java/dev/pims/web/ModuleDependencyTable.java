package dev.pims.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The table of allowed module dependencies in docs/architecture.md, under the heading "Allowed dependencies": one row
 * per module, its name in the first column and the modules it may depend on, comma-separated, in the second ("—" for
 * none).
 */
final class ModuleDependencyTable {

    private static final String HEADING = "## Allowed dependencies";

    private ModuleDependencyTable() {}

    static Path architectureDoc() {
        return ProjectRoot.path().resolve("docs/architecture.md");
    }

    static Map<String, Set<String>> in(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        int heading = lines.indexOf(HEADING);
        if (heading < 0) {
            throw new IllegalStateException(doc + " has no heading \"" + HEADING + "\"");
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        // The table's rows follow the heading's paragraph: the header row, the separator, then one row per module.
        lines.stream()
                .skip(heading + 1)
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .skip(2)
                .forEach(row -> {
                    String[] cells = row.split("\\|");
                    String module = cells[1].trim();
                    Set<String> targets = new TreeSet<>();
                    Stream.of(cells[2].split(","))
                            .map(String::trim)
                            .filter(target -> !target.isEmpty() && !target.equals("—"))
                            .forEach(targets::add);
                    allowed.put(module, targets);
                });
        if (allowed.isEmpty()) {
            throw new IllegalStateException(doc + " has no table under \"" + HEADING + "\"");
        }
        return allowed;
    }
}
