package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R1;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun;
import io.strata.cli.testing.CliRun.Result;
import io.strata.core.Database;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@code --lock-timeout} and {@code --lock-budget}, proved by what the migration does: another session
 * holds a lock that R2 (a table referencing {@code author}) waits for, and the failure says how long
 * each attempt waited. Option, then environment, then the application's builder.
 */
class LockBudgetOptionsTest {

    @AfterEach
    void clearEnvironment() {
        System.clearProperty(Database.ENV_LOCK_TIMEOUT);
        System.clearProperty(Database.ENV_LOCK_BUDGET);
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheApplication(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            assertThat(CliRun.db("upgrade", R1, "--url", db.url(), "--migrations", MIGRATIONS).exitCode()).isZero();
            try (Connection blocker = db.connect(); Statement s = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                s.execute("INSERT INTO author (id, name) VALUES (1, 'a')"); // ROW EXCLUSIVE on author

                Database.Builder application = Database.builder().ddlLockTimeout(Duration.ofMillis(900))
                        .ddlLockBudget(Duration.ZERO);
                Result fromApplication = CliRun.db(application, CliRun.nonInteractive(), "upgrade", "--url", db.url(),
                        "--migrations", MIGRATIONS);
                assertThat(fromApplication.exitCode()).as(fromApplication.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
                assertThat(fromApplication.problem()).contains("could not get its locks on table book",
                        "waited 900 ms for a lock in each of 1 attempt", "Blocked by:", "INSERT INTO author");

                System.setProperty(Database.ENV_LOCK_TIMEOUT, "600ms");
                Result fromEnvironment = CliRun.db(application, CliRun.nonInteractive(), "upgrade", "--url", db.url(),
                        "--migrations", MIGRATIONS);
                assertThat(fromEnvironment.problem()).contains("waited 600 ms for a lock in each of 1 attempt");

                Result fromOption = CliRun.db(application, CliRun.nonInteractive(), "upgrade", "--url", db.url(),
                        "--migrations", MIGRATIONS, "--lock-timeout", "300ms", "--lock-budget", "1s");
                assertThat(fromOption.problem()).contains("waited 300 ms for a lock in each of")
                        .doesNotContain("each of 1 attempt");
                blocker.rollback();
            }
            assertThat(CliRun.db("upgrade", "--url", db.url(), "--migrations", MIGRATIONS).exitCode()).isZero();
        }
    }

    @Test
    void aBadDurationIsAUsageErrorNamingTheOption() {
        Result result = CliRun.db("upgrade", "--url", "h2:mem:lockbudget", "--migrations", MIGRATIONS,
                "--lock-budget", "ten");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.problem()).contains("--lock-budget has 'ten', which is not a duration");
    }
}
