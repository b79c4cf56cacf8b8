package dev.pims.store.testing.held;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a test's pause stops a thread of the server so that the test can kill the server there: the signal file says
 * it has stopped, and the thread never goes on, whatever it holds open (a transaction, locks, a two-store commit).
 */
public final class HeldUntilKilled {

    private HeldUntilKilled() {}

    /**
     * Writes the text into the signal file, atomically (a test polling for the file never reads half of it), and holds
     * the calling thread until the server dies.
     */
    public static void signalAndHold(Path signal, String text) {
        try {
            Path written = Files.writeString(signal.resolveSibling(signal.getFileName() + ".tmp"), text);
            Files.move(written, signal, StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("held until the server is killed, but interrupted", stopped);
        }
    }
}
