package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./pims start} says when Payara Micro starts but PIMS does not deploy on it: Payara still says it is
 * ready, so the launcher asks PIMS's home page before it says that PIMS is up.
 */
class LauncherIT {

    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();

    @Test
    void aStartWhosePimsDoesNotDeploySaysSoStopsTheServerAndFails() throws Exception {
        Path dataDir = RUN.resolve("undeployable");

        LaunchedPims.Ended start = LaunchedPims.startUntilItEnds(
                dataDir, PimsDeployment.war().addClasses(UndeployableBean.class, UndeployableBean.Unprovided.class));

        assertThat(start.output())
                .contains("Payara Micro", "ready in", "pims: PIMS is not deployed (its home page answered: 404)")
                .doesNotContain("PIMS is up");
        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(dataDir.resolve("pims.pid")).as("no server left running").doesNotExist();
        assertThat(Files.exists(dataDir.resolve("tmp/pims.failed"))).isFalse();
    }
}
