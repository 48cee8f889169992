package io.strata.cli;

import static io.strata.cli.Fixtures.AUTHORS_ONLY;
import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.R2;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun;
import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** sync, create, check, drift and drop: the commands that need the models, on each database. */
class ModelCommandsTest {

    @ParameterizedTest
    @Databases
    void syncCreatesThenFindsTheSchemaUpToDateAndDriftSeesNoDifference(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            String[] config = {"--url", database.url(), "--models", MODELS, "--migrations", MIGRATIONS};

            Result sync = db(concat(new String[] {"sync"}, config));
            assertThat(sync.exitCode()).as(sync.toString()).isZero();
            assertThat(sync.lines()).containsExactly("CREATED", "current: " + R2);
            assertThat(db(concat(new String[] {"sync"}, config)).lines())
                    .containsExactly("ALREADY_UP_TO_DATE", "current: " + R2);

            Result drift = db(concat(new String[] {"drift"}, config));
            assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(ExitCode.OK);
            assertThat(drift.lines()).containsExactly("No differences between the database and the models.",
                    "No differences between the database and its recorded revision " + R2 + ".");

            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE author ADD COLUMN nickname VARCHAR(20)");
            }
            drift = db(concat(new String[] {"drift"}, config));
            assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(ExitCode.DIFFERENCES);
            // Each difference says what bringing the database to the models would change.
            assertThat(drift.lines()).contains("  - column author.nickname");
            assertThat(drift.lines().get(0)).startsWith("1 difference between the database and the models");

            Result drop = db(concat(new String[] {"drop", "--yes"}, config));
            assertThat(drop.exitCode()).as(drop.toString()).isZero();
            assertThat(drop.lines()).containsExactly("Dropped the models' tables and the version table.");
            Result empty = db(concat(new String[] {"drift"}, config));
            assertThat(empty.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(empty.lines()).contains("  + table author", "  + table book");
            assertThat(db(concat(new String[] {"current"}, config)).lines()).containsExactly("(none)");

            Result create = db(concat(new String[] {"create"}, config));
            assertThat(create.exitCode()).as(create.toString()).isZero();
            assertThat(create.lines()).containsExactly("Created the models' tables; the database is at " + R2 + ".");
            assertThat(db(concat(new String[] {"status"}, config)).exitCode()).isZero();
            assertThat(db(concat(new String[] {"drift"}, config)).exitCode()).isZero();
        }
    }

    /**
     * The model commands read only the models' schema, so they start no Hibernate session factory: an application
     * whose configuration validates the schema at start-up can still see, and generate, what its database lacks.
     */
    @ParameterizedTest
    @Databases
    void modelCommandsWorkOnADatabaseBehindTheModelsUnderValidateSchema(DbKind kind, TestDatabase database) {
        try (database) {
            Result upgrade = db("upgrade", "--url", database.url(), "--migrations", AUTHORS_ONLY);
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            Database.Builder application = Database.builder().validateSchema(true);

            Result drift = db(application, CliRun.nonInteractive(), "drift", "--url", database.url(), "--models", MODELS,
                    "--migrations", AUTHORS_ONLY);
            assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(drift.lines()).contains("  + table book");
            Result check = db(application, CliRun.nonInteractive(), "check", "--url", database.url(), "--models", MODELS,
                    "--migrations", AUTHORS_ONLY);
            assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(check.lines()).contains("  + table book");
        }
    }

    @ParameterizedTest
    @Databases
    void checkPassesWhenTheRevisionsMatchTheModelsAndListsWhatIsMissingOtherwise(DbKind kind, TestDatabase database) {
        try (database) {
            Result clean = db("check", "--url", database.url(), "--models", MODELS, "--migrations", MIGRATIONS);
            assertThat(clean.exitCode()).as(clean.toString()).isEqualTo(ExitCode.OK);
            assertThat(clean.lines()).containsExactly("No differences between the revisions at head " + R2 + " and the models.");

            Result missing = db("check", "--url", database.url(), "--models", MODELS, "--migrations", AUTHORS_ONLY);
            assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(missing.lines().get(0)).startsWith("1 difference between the revisions at head");
            assertThat(missing.lines()).contains("  + table book");
            assertThat(missing.out()).contains("db migrate");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void dropAsksOnATerminalAndRefusesWithoutOne(DbKind kind, TestDatabase database) {
        try (database) {
            String[] config = {"--url", database.url(), "--models", MODELS, "--migrations", MIGRATIONS};
            assertThat(db(concat(new String[] {"create"}, config)).exitCode()).isZero();

            Result refused = db(concat(new String[] {"drop"}, config));
            assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.err()).contains("no terminal to confirm on. Pass --yes");

            Result declined = CliRun.db(Database.builder(), CliRun.answering("no"), concat(new String[] {"drop"}, config));
            assertThat(declined.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(declined.err()).contains("Not confirmed: nothing was dropped.");
            assertThat(db(concat(new String[] {"current"}, config)).lines()).containsExactly(R2 + " (head)");

            Result confirmed = CliRun.db(Database.builder(), CliRun.answering("yes"), concat(new String[] {"drop"}, config));
            assertThat(confirmed.exitCode()).as(confirmed.toString()).isZero();
            assertThat(db(concat(new String[] {"current"}, config)).lines()).containsExactly("(none)");
        }
    }

    @Test
    void commandsThatNeedTheModelsSaySoWithoutThem() {
        try (TestDatabase database = TestDatabase.create(DbKind.SQLITE)) {
            for (String command : new String[] {"create", "check", "drift", "migrate", "drop"}) {
                String[] args = command.equals("migrate")
                        ? new String[] {command, "-m", "x", "--url", database.url(), "--migrations", MIGRATIONS}
                        : new String[] {command, "--yes", "--url", database.url(), "--migrations", MIGRATIONS};
                if (!command.equals("drop")) {
                    args = command.equals("migrate") ? args
                            : new String[] {command, "--url", database.url(), "--migrations", MIGRATIONS};
                }
                Result result = db(args);
                assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
                assertThat(result.err()).contains("'db " + command + "' needs the models: give the package of the"
                        + " @Entity classes with --models com.example.models or DB_MODELS_LOCATION.");
            }
        }
    }

    @Test
    void anApplicationHandsItsBuilderAndTheArguments() {
        try (TestDatabase database = TestDatabase.create(DbKind.SQLITE)) {
            Database.Builder app = Database.builder().url(database.url()).models(MODELS).migrations(MIGRATIONS);
            Result sync = CliRun.db(app, CliRun.nonInteractive(), "sync");
            assertThat(sync.lines()).containsExactly("CREATED", "current: " + R2);
            Database.Builder again = Database.builder().url(database.url()).models(MODELS).migrations(MIGRATIONS);
            assertThat(CliRun.db(again, CliRun.nonInteractive(), "status").lines()).first().isEqualTo("status: UP_TO_DATE");
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
