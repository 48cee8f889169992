package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun.Result;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** upgrade, downgrade, stamp, status and current, without models, on each database. */
class MigrationCommandsTest {

    @ParameterizedTest
    @Databases
    void upgradeDowngradeStampStatusAndCurrentReportWhatTheyDo(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();

            Result status = db("status", "--url", url, "--migrations", MIGRATIONS);
            assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(status.lines()).startsWith("status: NO_INFO", "current: (none)", "latest: " + R2);
            assertThat(status.out()).contains("no version table yet");

            Result upgrade = db("upgrade", "--url", url, "--migrations", MIGRATIONS);
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.lines()).hasSize(3);
            assertThat(upgrade.lines().get(0)).matches("Running upgrade base -> " + R1 + ", authors \\.\\.\\. \\d+ ms");
            assertThat(upgrade.lines().get(1)).matches("Running upgrade " + R1 + " -> " + R2 + ", books \\.\\.\\. \\d+ ms");
            assertThat(upgrade.lines().get(2)).matches("Upgraded to " + R2 + " \\(2 revisions, \\d+ ms\\)\\.");
            // Before changing a database, a command names it (on stderr, so stdout stays the command's own output).
            String target = switch (kind) {
                case SQLITE -> "sqlite file /";
                case H2 -> "in-memory H2 '";
                case POSTGRESQL -> "postgresql 127.0.0.1:5432/";
                case MARIADB -> "mariadb 127.0.0.1:3306/";
            };
            assertThat(upgrade.err()).startsWith("Database: " + target)
                    .endsWith(" (from the command line)\n").hasLineCount(1);

            status = db("status", "--url", url, "--migrations", MIGRATIONS);
            assertThat(status.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(status.lines()).containsExactly("status: UP_TO_DATE", "current: " + R2, "latest: " + R2);

            assertThat(db("current", "--url", url, "--migrations", MIGRATIONS).lines()).containsExactly(R2 + " (head)");
            assertThat(db("upgrade", "--url", url, "--migrations", MIGRATIONS).lines())
                    .containsExactly("Nothing to do: the database is at " + R2 + ".");

            Result downgrade = db("downgrade", "--url", url, "--migrations", MIGRATIONS);
            assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
            assertThat(downgrade.lines().get(0)).matches("Running downgrade " + R2 + " -> " + R1 + ", books \\.\\.\\. \\d+ ms");
            assertThat(downgrade.lines().get(1)).matches("Downgraded to " + R1 + " \\(1 revision, \\d+ ms\\)\\.");

            status = db("status", "--url", url, "--migrations", MIGRATIONS);
            assertThat(status.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(status.lines()).containsExactly("status: UPGRADE_AVAILABLE", "current: " + R1, "latest: " + R2,
                    "pending: 1 revision");

            Result toBase = db("downgrade", "base", "--url", url, "--migrations", MIGRATIONS);
            assertThat(toBase.lines()).last().asString().startsWith("Downgraded to base (1 revision");
            assertThat(db("current", "--url", url, "--migrations", MIGRATIONS).lines()).containsExactly("(none)");

            Result stamp = db("stamp", "head", "--url", url, "--migrations", MIGRATIONS);
            assertThat(stamp.exitCode()).isZero();
            assertThat(stamp.lines()).containsExactly("Stamped " + R2 + " (was base).");
            Result verbose = db("current", "-v", "--url", url, "--migrations", MIGRATIONS);
            assertThat(verbose.lines()).contains("Rev: " + R2 + " (head)", "Parent: " + R1,
                    "Class: io.strata.cli.test.migrations.R2Books", "Created: 2026-11-21T10:05:00Z", "Message: books");

            assertThat(db("stamp", "base", "--url", url, "--migrations", MIGRATIONS).lines())
                    .containsExactly("Stamped base (was " + R2 + ").");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void optionsGoBeforeOrAfterTheCommand(DbKind kind, TestDatabase database) {
        try (database) {
            Result upgrade = db("--url", database.url(), "--migrations", MIGRATIONS, "upgrade", R1);
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(db("current", "--url", database.url(), "--migrations", MIGRATIONS).lines())
                    .containsExactly(R1);
        }
    }
}
