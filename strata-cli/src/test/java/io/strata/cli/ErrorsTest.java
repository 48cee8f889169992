package io.strata.cli;

import static io.strata.cli.Fixtures.FAILING;
import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.TOO_LONG;
import static io.strata.cli.Fixtures.UNREACHABLE;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun;
import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Errors: a message on stderr, no stack trace unless --verbose, the documented exit code, no password. */
class ErrorsTest {

    @AfterEach
    void clearEnvironment() {
        System.clearProperty(Database.ENV_URL);
        System.clearProperty(Database.ENV_MIGRATIONS);
    }

    /** Runs with a 1 s connect timeout, so that unreachable databases are reported quickly. */
    private static Result quick(String... args) {
        return CliRun.db(Database.builder().property("hikari.connectionTimeout", "1000"), CliRun.nonInteractive(), args);
    }

    @Test
    void anUnreachableDatabaseExitsWith3AndNoStackTrace() {
        for (String command : new String[] {"upgrade", "status", "stamp"}) {
            String[] args = command.equals("stamp") ? new String[] {command, "head", "--url", UNREACHABLE, "--migrations", MIGRATIONS}
                    : new String[] {command, "--url", UNREACHABLE, "--migrations", MIGRATIONS};
            Result result = quick(args);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.UNREACHABLE);
            assertThat(result.err()).startsWith(command.equals("status") ? "Error: "
                    : "Database: postgresql 127.0.0.1:1/nowhere (from the command line)\n");
            assertThat(result.problem()).startsWith("Error: Cannot connect to the postgresql database at 127.0.0.1:1/nowhere")
                    .doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Result result = quick("upgrade", "--verbose", "--url", UNREACHABLE, "--migrations", MIGRATIONS);
        assertThat(result.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(result.err()).contains("DatabaseUnreachableException", "\tat ");
    }

    @Test
    void thePasswordIsMaskedEvenWhereTheUserMistypesAnOption() {
        Result typo = db("upgrade", "--urll", UNREACHABLE);
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("Unknown option: '--urll'", "Possible solutions: --url");

        System.setProperty(Database.ENV_URL, "postgresql://strata:" + TestDatabase.PASSWORD + "@127.0.0.1:1/x");
        Result fromEnvironment = quick("status", "--verbose", "--migrations", MIGRATIONS);
        assertThat(fromEnvironment.exitCode()).isEqualTo(ExitCode.UNREACHABLE);

        Result badUrl = db("upgrade", "--url", "postgresql://strata:" + TestDatabase.PASSWORD + "@host:notaport/db");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badUrl.err()).contains("strata:***@host:notaport/db");
    }

    @Test
    void noCapturedOutputEverHoldsThePassword() {
        quick("upgrade", "--verbose", "--url", UNREACHABLE, "--migrations", MIGRATIONS);
        db("upgrade", "--sql", "--url", UNREACHABLE, "--migrations", MIGRATIONS);
        assertThat(CliRun.allOutput()).isNotEmpty().noneMatch(text -> text.contains(TestDatabase.PASSWORD));
    }

    @Test
    void usageErrorsExitWith2() {
        Result unknown = db("upgrad");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unmatched argument", "Did you mean: db upgrade");

        Result noUrl = db("upgrade", "--migrations", MIGRATIONS);
        assertThat(noUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noUrl.err()).contains("is not set", "--url URL, or the DATABASE_URL environment variable");

        Result missingMessage = db("migrate");
        assertThat(missingMessage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missingMessage.err()).contains("Missing required option: '--message=MESSAGE'");

        Result noCommand = db();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.err()).contains("Missing command.", "Usage: db");

        Result noPackage = db("init");
        assertThat(noPackage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noPackage.err()).contains("'db init' needs the name of the package to create: run 'db init"
                + " com.example.migrations'");
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void anUnknownTargetIsAUsageError(DbKind kind, TestDatabase database) {
        try (database) {
            Result stamp = db("stamp", "zzzz", "--url", database.url(), "--migrations", MIGRATIONS);
            assertThat(stamp.exitCode()).as(stamp.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(stamp.err()).startsWith("Database: ");
            assertThat(stamp.problem()).startsWith("Error: ").contains("zzzz").doesNotContain("\tat ");
        }
    }

    @ParameterizedTest
    @Databases
    void aFailingMigrationExitsWith4SayingWhereTheDatabaseWasLeft(DbKind kind, TestDatabase database) {
        try (database) {
            Result upgrade = db("upgrade", "--url", database.url(), "--migrations", FAILING);
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
            assertThat(upgrade.err()).contains("The upgrade of revision f2000000bbbb failed at operation 1 of 1",
                    "INSERT INTO no_such_table").doesNotContain("\tat ");
            assertThat(db("current", "--url", database.url(), "--migrations", FAILING).lines())
                    .containsExactly("f1000000aaaa");
        }
    }

    @ParameterizedTest
    @Databases
    void aHandWrittenNameTooLongForADatabaseIsRefusedWhenTheRevisionsLoadBeforeAnySqlRuns(DbKind kind,
            TestDatabase database) throws SQLException {
        try (database) {
            for (String command : new String[] {"heads", "upgrade"}) {
                Result result = db(command, "--url", database.url(), "--migrations", TOO_LONG);
                assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.ERROR);
                assertThat(result.problem()).startsWith("Error: Revision t1000000aaaa (io.strata.cli.test.toolong.T1LongName)")
                        .contains("foreign key 'fk_book_author_id_author_written_by_hand_without_the_naming_rules' on"
                                + " table book is 65 characters, longer than PostgreSQL's limit of 63 and"
                                + " MariaDB/MySQL's limit of 64", "ops.fitName(")
                        .doesNotContain("\tat ");
                assertThat(result.out()).isEmpty();
            }
            try (Connection c = database.connect()) {
                assertThat(SchemaInspector.create().inspect(c).tables()).isEmpty();
            }
        }
    }

    @Test
    void theEnvironmentConfiguresAStandaloneRun() {
        try (TestDatabase database = TestDatabase.create(DbKind.SQLITE)) {
            System.setProperty(Database.ENV_URL, database.url());
            System.setProperty(Database.ENV_MIGRATIONS, MIGRATIONS);
            assertThat(db("upgrade").exitCode()).isZero();
            assertThat(db("check", "--models", MODELS).exitCode()).isZero();
        }
    }
}
