package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.cli.testing.CliProcess;
import io.strata.core.Database;

/**
 * The whole output of representative commands, as a user sees it in a terminal: real processes whose
 * logging is at INFO, as an application without a logging configuration has it. A command that changes
 * the database names it first (on stderr), then prints each step once; the pool's, Hibernate's and the
 * runner's log lines appear only with {@code --verbose}.
 */
class OutputTest {

    @TempDir
    Path dir;

    @Test
    void upgradeAndDowngradeNameTheDatabaseThenPrintEachStepOnce() throws Exception {
        CliProcess app = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db")
                .env(Database.ENV_MIGRATIONS, MIGRATIONS);
        String target = "Database: sqlite file " + dir.toRealPath().resolve("app.db") + " (from DATABASE_URL)\n";

        CliProcess.Run upgrade = app.run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).isEqualTo(target);
        assertThat(upgrade.outWithoutTimes()).isEqualTo("Running upgrade base -> " + R1 + ", authors ... N ms\n"
                + "Running upgrade " + R1 + " -> " + R2 + ", books ... N ms\n"
                + "Upgraded to " + R2 + " (2 revisions, N ms).\n");

        CliProcess.Run again = app.run("upgrade");
        assertThat(again.err()).isEqualTo(target);
        assertThat(again.out()).isEqualTo("Nothing to do: the database is at " + R2 + ".\n");

        CliProcess.Run status = app.run("status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.err()).as("status changes nothing, so names nothing").isEmpty();
        assertThat(status.out()).isEqualTo("status: UP_TO_DATE\ncurrent: " + R2 + "\nlatest: " + R2 + "\n");

        CliProcess.Run downgrade = app.run("downgrade", "base");
        assertThat(downgrade.err()).isEqualTo(target);
        assertThat(downgrade.outWithoutTimes()).isEqualTo("Running downgrade " + R2 + " -> " + R1 + ", books ... N ms\n"
                + "Running downgrade " + R1 + " -> base, authors ... N ms\n"
                + "Downgraded to base (2 revisions, N ms).\n");
    }

    @Test
    void aFailedMigrationIsPrintedOnce() throws Exception {
        CliProcess.Run upgrade = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db")
                .env(Database.ENV_MIGRATIONS, Fixtures.FAILING).run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
        String failure = "The upgrade of revision f2000000bbbb failed at operation 1 of 1";
        assertThat(upgrade.err().split(failure, -1)).as(upgrade.err()).hasSize(2);
        assertThat(upgrade.err()).contains("Error: " + failure).doesNotContain("ERROR io.strata");
    }

    /** The runner's lines; the pool's only where a pool starts: upgrade needs no models and opens no pool. */
    @Test
    void verboseShowsTheLibrariesLogLines() throws Exception {
        CliProcess.Run upgrade = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db")
                .env(Database.ENV_MIGRATIONS, MIGRATIONS).run("upgrade", "--verbose");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("INFO io.strata.migrations.runner - Running upgrade")
                .doesNotContain("com.zaxxer.hikari");
        assertThat(upgrade.out()).contains("Upgraded to " + R2);

        CliProcess.Run sync = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///models.db")
                .env(Database.ENV_MIGRATIONS, MIGRATIONS).env(Database.ENV_MODELS, MODELS).run("sync", "--verbose");
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.err()).contains("INFO com.zaxxer.hikari");
    }

    @Test
    void syncWithModelsPrintsNoPoolOrHibernateLines() throws Exception {
        CliProcess.Run sync = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db")
                .env(Database.ENV_MIGRATIONS, MIGRATIONS).env(Database.ENV_MODELS, MODELS).run("sync");
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.err()).isEqualTo("Database: sqlite file " + dir.toRealPath().resolve("app.db")
                + " (from DATABASE_URL)\n");
        assertThat(sync.out()).isEqualTo("CREATED\ncurrent: " + R2 + "\n");
    }

    @Test
    void aMigrationsPackageWithoutRevisionsSaysSo() throws Exception {
        CliProcess app = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db")
                .env(Database.ENV_MIGRATIONS, "com.example.nope");
        String error = "Error: no revisions found in com.example.nope (nor below it) on the class path. Check the"
                + " package (--migrations or DB_MIGRATIONS_LOCATION) and that its classes are compiled into this"
                + " application; 'db migrate -m \"initial\"' writes the first revision.\n";
        for (String command : new String[] {"upgrade", "status", "history"}) {
            CliProcess.Run run = app.run(command);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(command).isEqualTo(error);
        }
        assertThat(dir.resolve("app.db")).as("nothing was created").doesNotExist();

        CliProcess.Run unset = CliProcess.of(StrataCli.class, dir).env(Database.ENV_URL, "sqlite:///app.db").run("upgrade");
        assertThat(unset.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unset.err()).isEqualTo("Error: 'db upgrade' needs the migrations package: give it with --migrations"
                + " com.example.migrations or DB_MIGRATIONS_LOCATION.\n");
    }

    @Test
    void initNeedsNoDatabaseUrl() throws Exception {
        CliProcess app = CliProcess.of(StrataCli.class, dir);

        CliProcess.Run unnamed = app.run("init");
        assertThat(unnamed.exitCode()).as(unnamed.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(unnamed.err()).isEqualTo("Error: 'db init' needs the name of the package to create: run 'db init"
                + " com.example.migrations' (or configure it with --migrations or DB_MIGRATIONS_LOCATION).\n");

        CliProcess.Run init = app.run("init", "com.example.migrations");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.err()).isEmpty();
        Path info = Path.of("src/main/java/com/example/migrations/package-info.java");
        assertThat(init.out()).isEqualTo("Created " + info + "\nNext: configure the migrations"
                + " (DB_MIGRATIONS_LOCATION=com.example.migrations or Database.builder().migrations(\"com.example.migrations\")),"
                + " then run: db migrate -m \"initial\"\n");
        assertThat(dir.resolve(info)).exists();

        CliProcess.Run configured = app.env(Database.ENV_MIGRATIONS, "com.example.other").run("init");
        assertThat(configured.exitCode()).as(configured.toString()).isZero();
        assertThat(Files.exists(dir.resolve("src/main/java/com/example/other/package-info.java"))).isTrue();
    }
}
