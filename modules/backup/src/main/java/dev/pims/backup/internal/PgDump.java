package dev.pims.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL's own backup of one store's database: {@code pg_dump} in its custom format, a consistent snapshot taken
 * while others go on reading and writing. The program is {@code pg_dump} in the directory the system property
 * {@value #BIN_PROPERTY} names (PostgreSQL's programs, as Debian's {@code /usr/lib/postgresql/15/bin}), or else the one
 * on the PATH; it must be of the server's major version or newer. It connects where the store's connection goes, as
 * its role, with the password from the system property {@value #PASSWORD_PROPERTY} when that is set (handed over in
 * the child's environment, never on its command line), else as libpq finds one ({@code PGPASSWORD}, {@code
 * ~/.pgpass}).
 */
final class PgDump {

    /** The end of a dump's file name. */
    static final String SUFFIX = ".dump";

    static final String BIN_PROPERTY = "pims.postgres.bin";
    static final String PASSWORD_PROPERTY = "pims.postgres.password";

    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final String PROGRAM = "pg_dump";

    private final String database;
    private final String role;

    private PgDump(String database, String role) {
        this.database = database;
        this.role = role;
    }

    /**
     * The dump of the database a JDBC URL of PostgreSQL's driver names, as that role. The URL's hosts, ports and
     * database become a libpq URI; its parameters are the driver's, not libpq's, and are left out (the password among
     * them, which a URL may carry).
     */
    static PgDump of(String jdbcUrl, String role) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("Not a URL of PostgreSQL's JDBC driver");
        }
        String place = jdbcUrl.substring(JDBC_PREFIX.length());
        int parameters = place.indexOf('?');
        if (parameters >= 0) {
            place = place.substring(0, parameters);
        }
        // The driver's short forms (jdbc:postgresql:database, jdbc:postgresql:/) mean localhost, its default port.
        String database = place.startsWith("//")
                ? "postgresql:" + place
                : "postgresql://localhost/" + (place.startsWith("/") ? place.substring(1) : place);
        return new PgDump(database, role);
    }

    /** The libpq URI of the database, without credentials. */
    String database() {
        return database;
    }

    /** The command that writes the dump into the file, with PostgreSQL's programs in {@code bin} (null: the PATH's). */
    List<String> command(String bin, Path file) {
        String program = bin == null || bin.isBlank()
                ? PROGRAM
                : Path.of(bin).resolve(PROGRAM).toString();
        return List.of(
                program,
                "--format=custom",
                "--no-password",
                "--file=" + file,
                "--username=" + role,
                "--dbname=" + database);
    }

    /** Writes the dump into the file; a dump that fails throws with what {@code pg_dump} said. */
    void write(Path file) {
        List<String> command = command(System.getProperty(BIN_PROPERTY), file);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getProperty(PASSWORD_PROPERTY);
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            Process dump = builder.start();
            String said = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = dump.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(
                        PROGRAM + " of " + database + " as " + role + " ended with " + exit + ": " + said.strip());
            }
        } catch (IOException notRun) {
            throw new UncheckedIOException(
                    "Could not run " + command.get(0) + ": set " + BIN_PROPERTY + " to the directory of PostgreSQL's"
                            + " programs, or put " + PROGRAM + " on the PATH",
                    notRun);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(PROGRAM + " of " + database + " was interrupted", interrupted);
        }
    }
}
