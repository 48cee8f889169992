package io.strata.cli;

import static io.strata.cli.Fixtures.AUTHORS_ONLY;
import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.Database;
import io.strata.cli.test.app.DevApp;
import io.strata.cli.testing.CliProcess;

/**
 * Which setting wins, proved on real processes with real environment variables: an application
 * whose builder says {@code sqlite:///dev.db} ({@link DevApp}) run as {@code app db …}. The order is
 * core's: a command-line option, then the environment, then the application's builder.
 */
class SettingsPrecedenceTest {

    @TempDir
    Path dir;

    @Test
    void databaseUrlWinsOverTheApplicationsUrlAndTheCommandNamesTheDatabase() throws Exception {
        CliProcess.Run upgrade = app(Map.of(Database.ENV_URL, "sqlite:///prod.db"), "upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        // The whole output, with the application's logging at INFO: the database first, then each step once.
        assertThat(upgrade.err()).isEqualTo("Database: sqlite file " + dir.resolve("prod.db").toRealPath()
                + " (from DATABASE_URL)\n");
        // The application's migrations (only R1) still apply: only the URL came from the environment.
        assertThat(upgrade.outWithoutTimes()).isEqualTo("Running upgrade base -> " + R1 + ", authors ... N ms\n"
                + "Upgraded to " + R1 + " (1 revision, N ms).\n");
        assertThat(dir.resolve("prod.db")).exists();
        assertThat(dir.resolve("dev.db")).doesNotExist();
    }

    @Test
    void dbMigrationsLocationWinsOverTheApplicationsMigrations() throws Exception {
        Map<String, String> env = Map.of(Database.ENV_URL, "sqlite:///prod.db", Database.ENV_MIGRATIONS, MIGRATIONS);
        CliProcess.Run upgrade = app(env, "upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade " + R1 + " -> " + R2, "Upgraded to " + R2);
        assertThat(dir.resolve("dev.db")).doesNotExist();
    }

    @Test
    void dbModelsLocationWinsOverTheApplicationsModels() throws Exception {
        // The application's models (a renamed table) differ from the revisions; the environment's match them.
        Map<String, String> env = Map.of(Database.ENV_URL, "sqlite:///prod.db", Database.ENV_MIGRATIONS, MIGRATIONS);
        CliProcess.Run withApplicationModels = app(env, "check");
        assertThat(withApplicationModels.exitCode()).as(withApplicationModels.toString()).isEqualTo(ExitCode.DIFFERENCES);

        Map<String, String> withModels = new java.util.HashMap<>(env);
        withModels.put(Database.ENV_MODELS, MODELS);
        CliProcess.Run check = app(withModels, "check");
        assertThat(check.exitCode()).as(check.toString()).isZero();
    }

    @Test
    void anOptionWinsOverTheEnvironment() throws Exception {
        Map<String, String> env = Map.of(Database.ENV_URL, "sqlite:///prod.db", Database.ENV_MIGRATIONS, MIGRATIONS);
        CliProcess.Run upgrade = app(env, "upgrade", "--url", "sqlite:///cli.db", "--migrations", AUTHORS_ONLY);
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).isEqualTo("Database: sqlite file " + dir.resolve("cli.db").toRealPath()
                + " (from the command line)\n");
        assertThat(upgrade.out()).contains("Upgraded to " + R1).doesNotContain(R2);
        assertThat(dir.resolve("prod.db")).doesNotExist();
        assertThat(dir.resolve("dev.db")).doesNotExist();
    }

    /** Runs {@code DevApp db ARGS} in {@link #dir} with exactly these Strata variables set. */
    private CliProcess.Run app(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return CliProcess.of(DevApp.class, dir).env(env).run(args);
    }
}
