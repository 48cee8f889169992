package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static io.strata.cli.Fixtures.UNREACHABLE;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun.Result;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** {@code --sql}: the SQL of an upgrade or downgrade, without connecting. */
class OfflineSqlTest {

    @Test
    void upgradeSqlNeedsNoConnectionAndTakesTheDialectFromTheUrl() {
        Result sql = db("upgrade", "--sql", "--url", UNREACHABLE, "--migrations", MIGRATIONS);
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("-- Running upgrade", "CREATE TABLE author", "CREATE TABLE book",
                "INSERT INTO strata_version", "BEGIN;", "COMMIT;");
        assertThat(sql.err()).isEmpty();
    }

    @Test
    void theDialectOptionWorksWithoutAnyUrl() {
        Result sql = db("upgrade", "base:" + R1, "--sql", "--dialect", "mariadb", "--migrations", MIGRATIONS);
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE author", "AUTO_INCREMENT").doesNotContain("CREATE TABLE book");
    }

    @Test
    void eachOperationsStatementsArePrecededByItsSafetyPlanAsAComment() {
        Result sql = db("upgrade", R1 + ":" + R2, "--sql", "--dialect", "postgresql", "--migrations", MIGRATIONS);
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("-- Safety on PostgreSQL: createTable book: ACCESS EXCLUSIVE (new table only) on book"
                + " (blocks neither reads nor writes), instant\nCREATE TABLE book");
    }

    @Test
    void downgradeSqlRunsFromTheHeadsByDefault() {
        Result sql = db("downgrade", "--sql", "--url", "sqlite:///target/never-created.db", "--migrations", MIGRATIONS);
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("DROP TABLE book").doesNotContain("DROP TABLE author");
        assertThat(java.nio.file.Path.of("target/never-created.db")).doesNotExist();

        Result range = db("downgrade", R2 + ":base", "--sql", "--dialect", "h2", "--migrations", MIGRATIONS);
        assertThat(range.out()).contains("DROP TABLE book", "DROP TABLE author");
        assertThat(db("upgrade", R2 + ":heads", "--sql", "--dialect", "h2", "--migrations", MIGRATIONS).lines())
                .containsExactly("-- Nothing to run from " + R2 + " to heads.");
    }

    @Test
    void aRangeThatGoesTheOtherWayIsAUsageError() {
        Result down = db("upgrade", "head:base", "--sql", "--dialect", "h2", "--migrations", MIGRATIONS);
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(down.err()).contains("head:base", "goes down", "db downgrade head:base --sql");
        assertThat(down.out()).doesNotContain("Nothing to run", "DROP TABLE");

        Result up = db("downgrade", "base:" + R2, "--sql", "--dialect", "h2", "--migrations", MIGRATIONS);
        assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(up.err()).contains(R2, "a downgrade cannot reach it", "db upgrade");
        assertThat(up.out()).doesNotContain("CREATE TABLE");
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void theScriptBuildsTheSameSchemaAsTheUpgrade(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            String script = db("upgrade", "--sql", "--url", database.url(), "--migrations", MIGRATIONS).out();
            try (var c = database.connect(); var s = c.createStatement()) {
                for (String statement : script.split(";\n")) {
                    String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!sql.isEmpty()) {
                        s.execute(sql);
                    }
                }
            }
            Result status = db("status", "--url", database.url(), "--migrations", MIGRATIONS);
            assertThat(status.lines()).first().isEqualTo("status: UP_TO_DATE");
            Result drift = db("drift", "--url", database.url(), "--models", Fixtures.MODELS, "--migrations", MIGRATIONS);
            assertThat(drift.exitCode()).as(drift.toString()).isZero();
        }
    }

    @Test
    void anUnknownDialectIsAUsageError() {
        Result sql = db("upgrade", "--sql", "--dialect", "oracle", "--migrations", MIGRATIONS);
        assertThat(sql.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(sql.err()).startsWith("Error: ").contains("oracle");
    }
}
