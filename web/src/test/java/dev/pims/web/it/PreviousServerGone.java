package dev.pims.web.it;

import dev.pims.store.testing.StoreConnections;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the {@link SharedPims} if it runs, and waits until the Payara Micro of the previous test class has really
 * exited. Arquillian only signals it to stop, and the next server would find the Derby databases still locked. The previous server's Derby network port
 * closes when its JVM ends, so a closed port means the stores are free. Register it before Arquillian.
 */
public class PreviousServerGone implements BeforeAllCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        if (System.getProperty("payara.microJar") == null) {
            // In-container tests run this class again inside the server, whose own Derby port is open.
            return;
        }
        SharedPims.stop();
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (derbyPortOpen()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(
                        "The previous Payara Micro still holds 127.0.0.1:" + StoreConnections.DERBY_PORT);
            }
            Thread.sleep(250);
        }
    }

    private static boolean derbyPortOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", StoreConnections.DERBY_PORT), 200);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
