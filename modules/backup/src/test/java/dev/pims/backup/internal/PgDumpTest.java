package dev.pims.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where {@code pg_dump} connects, from the store's JDBC URL, and how it is called. */
class PgDumpTest {

    @Test
    void theHostPortAndDatabaseOfTheUrlBecomeALibpqUriWithoutTheDriversParameters() {
        PgDump dump =
                PgDump.of("jdbc:postgresql://127.0.0.1:5433/pims_operational?password=secret&loginTimeout=10", "pims");

        assertThat(dump.database()).isEqualTo("postgresql://127.0.0.1:5433/pims_operational");
    }

    @Test
    void severalHostsAndAnIpv6AddressStayAsTheDriverWroteThem() {
        assertThat(PgDump.of("jdbc:postgresql://db1:5432,db2:5433/pims", "pims").database())
                .isEqualTo("postgresql://db1:5432,db2:5433/pims");
        assertThat(PgDump.of("jdbc:postgresql://[::1]:5740/pims", "pims").database())
                .isEqualTo("postgresql://[::1]:5740/pims");
    }

    @Test
    void theDriversShortFormsMeanLocalhost() {
        assertThat(PgDump.of("jdbc:postgresql:pims", "pims").database()).isEqualTo("postgresql://localhost/pims");
        assertThat(PgDump.of("jdbc:postgresql:/", "pims").database()).isEqualTo("postgresql://localhost/");
    }

    @Test
    void theDumpIsInTheCustomFormatNeverAsksForAPasswordAndNamesTheRole() {
        PgDump dump = PgDump.of("jdbc:postgresql://127.0.0.1:5433/pims_operational", "pims_owner");
        Path file = Path.of("/data/backups/pims-backup-20261206T030000Z.partial/operational.dump");

        assertThat(dump.command("/usr/lib/postgresql/15/bin", file))
                .containsExactly(
                        "/usr/lib/postgresql/15/bin/pg_dump",
                        "--format=custom",
                        "--no-password",
                        "--file=" + file,
                        "--username=pims_owner",
                        "--dbname=postgresql://127.0.0.1:5433/pims_operational");
        assertThat(dump.command(null, file).get(0)).as("from the PATH").isEqualTo("pg_dump");
    }

    @Test
    void aUrlOfAnotherDriverIsRefused() {
        assertThatThrownBy(() -> PgDump.of("jdbc:derby:operational", "pims"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
