package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Scans the files of the stores for bytes that should not be there: a secret sealed, a number never written. */
final class StoreFiles {

    private StoreFiles() {}

    /** The files under the directory whose bytes hold the text (ASCII here: UTF-8 and Derby's modified UTF-8 agree). */
    static List<Path> holding(Path directory, String text) throws IOException {
        assertThat(directory).as("the store's directory").isDirectory();
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
