package dev.pims.web.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, as {@code ./pims start} deploys it, plus the test-only controls of {@link ServerControls}
 * (the movable clock, run-time system properties, running a job now), which the product WAR never holds.
 */
final class PimsDeployment {

    private PimsDeployment() {}

    static WebArchive war() {
        File war = new File("target/pims.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Run the package phase first: " + war.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(
                        MovableClock.class,
                        MovableClockServlet.class,
                        SystemPropertyServlet.class,
                        JobRunServlet.class);
    }

    /** The jar a test library class came from, for in-container tests that use the library inside the server. */
    static File jarOf(Class<?> libraryClass) {
        try {
            return new File(libraryClass
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
