package dev.pims.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's root folder (the one with docs/ and ./pims), found from wherever the build runs a test. */
final class ProjectRoot {

    private ProjectRoot() {}

    static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs")) && Files.exists(dir.resolve("pims"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No project root (with docs/ and pims) above " + Path.of("").toAbsolutePath());
    }
}
