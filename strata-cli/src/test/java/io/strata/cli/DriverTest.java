package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.strata.cli.testing.CliProcess;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * JDBC drivers are the application's: a URL whose driver is not on the class path says which
 * artifact to add (its own exit code, not "unreachable"), and a shaded jar whose
 * {@code META-INF/services/java.sql.Driver} lists only another driver still connects, because Strata
 * registers the URL's driver by class name. Both as real processes with such class paths.
 */
class DriverTest {

    /** The jars of the four drivers on the test class path. */
    private static final List<String> DRIVER_JARS = List.of("/org/postgresql/postgresql/", "/org/mariadb/jdbc/",
            "/org/xerial/sqlite-jdbc/", "/com/h2database/h2/");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "postgresql://strata:strata-test-pw@127.0.0.1:5432/app, /org/postgresql/postgresql/, postgresql, org.postgresql:postgresql, org.postgresql.Driver",
        "mariadb://strata:strata-test-pw@127.0.0.1:3306/app, /org/mariadb/jdbc/, mariadb, org.mariadb.jdbc:mariadb-java-client, org.mariadb.jdbc.Driver",
        "sqlite:///app.db, /org/xerial/sqlite-jdbc/, sqlite, org.xerial:sqlite-jdbc, org.sqlite.JDBC"})
    void aUrlWhoseDriverIsMissingNamesTheArtifactToAdd(String url, String jar, String database, String artifact,
            String driverClass) throws Exception {
        CliProcess.Run upgrade = CliProcess.of(StrataCli.class, dir).without(entry -> entry.contains(jar))
                .env(Database.ENV_URL, url).env(Database.ENV_MIGRATIONS, MIGRATIONS).run("upgrade");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(ExitCode.MISSING_DRIVER);
        assertThat(upgrade.out()).isEmpty();
        assertThat(upgrade.err()).isEqualTo("Error: no JDBC driver for " + database + " on the class path: add "
                + artifact + " to the application's dependencies (Strata ships no driver; " + driverClass
                + " was not found).\n");
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void aShadedJarWhoseDriverServicesListAnotherDriverStillConnects(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            Path shaded = shadedDrivers("org.sqlite.JDBC\n");
            CliProcess app = CliProcess.of(StrataCli.class, dir)
                    .without(entry -> DRIVER_JARS.stream().anyMatch(entry::contains)).prepend(shaded)
                    .env(Database.ENV_URL, database.url()).env(Database.ENV_MIGRATIONS, MIGRATIONS);

            CliProcess.Run upgrade = app.run("upgrade");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.outWithoutTimes()).isEqualTo("Running upgrade base -> " + R1 + ", authors ... N ms\n"
                    + "Running upgrade " + R1 + " -> " + R2 + ", books ... N ms\n"
                    + "Upgraded to " + R2 + " (2 revisions, N ms).\n");
            assertThat(upgrade.err()).isEqualTo("Database: " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                    + database.url().replaceFirst("^[a-z]+://[^@]*@", "") + " (from DATABASE_URL)\n");
            CliProcess.Run current = app.run("current");
            assertThat(current.out()).startsWith(R2);
        }
    }

    /**
     * The four drivers' classes in one directory, as a shaded jar holds them, with a services file that
     * lists only {@code services}: the last jar's file wins in a shade without a services transformer.
     */
    private Path shadedDrivers(String services) throws IOException {
        Path shaded = Files.createDirectories(dir.resolve("shaded"));
        for (String entry : CliProcess.testClassPath()) {
            if (DRIVER_JARS.stream().anyMatch(entry::contains)) {
                unpack(Path.of(entry), shaded);
            }
        }
        Path file = shaded.resolve("META-INF/services/java.sql.Driver");
        Files.createDirectories(file.getParent());
        Files.writeString(file, services, StandardCharsets.UTF_8);
        return shaded;
    }

    private static void unpack(Path jar, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream entries = new JarInputStream(in)) {
            for (JarEntry entry = entries.getNextJarEntry(); entry != null; entry = entries.getNextJarEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
