package io.strata.examples.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.ExitCode;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.migrations.runner.SyncResult;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@code java -jar bookstore.jar db …}: the {@code db} command line over the bookstore's models and
 * migrations, on SQLite, H2, PostgreSQL and MariaDB.
 */
class DbCommandsTest {

    private static final String HEAD = "c599c80779e8";

    /**
     * One run's exit code and output.
     *
     * @param exit the exit code
     * @param out what it printed
     * @param err what it printed as errors
     */
    record Run(int exit, String out, String err) {
    }

    static Run db(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Bookstore.db(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @Databases
    void upgrade_status_and_downgrade_run_the_bookstores_revisions(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();

            Run pending = db("status", "--url", url);
            Run upgrade = db("upgrade", "--url", url);
            Run current = db("current", "--url", url);
            Run upToDate = db("status", "--url", url);

            assertThat(pending.exit()).as(pending.err()).isEqualTo(ExitCode.DIFFERENCES);
            assertThat(upgrade.exit()).as(upgrade.err()).isEqualTo(ExitCode.OK);
            assertThat(upgrade.out()).contains("create authors", "add books and their author",
                    "add stores and the book to store map", "Upgraded to " + HEAD);
            assertThat(current.out()).contains(HEAD);
            assertThat(upToDate.exit()).isEqualTo(ExitCode.OK);
            assertThat(upToDate.out()).contains("UP_TO_DATE");
            assertThat(upgrade.out() + upgrade.err() + current.out()).doesNotContain(TestDatabase.PASSWORD);

            try (Bookstore bookstore = RunningBookstores.start(database)) {
                assertThat(bookstore.syncResult()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
                assertThat(bookstore.sampleDataLoaded()).isTrue();
            }
            Run downgrade = db("downgrade", "base", "--url", url);
            assertThat(downgrade.exit()).as(downgrade.err()).isEqualTo(ExitCode.OK);
            assertThat(RunningBookstores.count(database, "strata_version")).isZero();
        }
    }

    @Test
    void check_finds_every_model_change_captured_by_a_revision() {
        Run check = db("check", "--url", "sqlite://");

        assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void history_lists_the_three_revisions_of_the_seed() {
        Run history = db("history", "--url", "sqlite://");

        assertThat(history.exit()).as(history.err()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).contains(HEAD + " (head)", "create authors", "add books and their author",
                "add stores and the book to store map");
    }
}
