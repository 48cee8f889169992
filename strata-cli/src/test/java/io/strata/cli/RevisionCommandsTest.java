package io.strata.cli;

import static io.strata.cli.Fixtures.BRANCHES;
import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.MODELS;
import static io.strata.cli.Fixtures.NONE;
import static io.strata.cli.Fixtures.R1;
import static io.strata.cli.Fixtures.R2;
import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun.Result;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** heads, history, show, init, revision, migrate and merge: the commands over the revisions and the source tree. */
class RevisionCommandsTest {

    private static final Pattern GENERATED = Pattern.compile("Generated (?:merge )?revision (\\w+) .*: (.+\\.java)");
    private static final Pattern WRITTEN = Pattern.compile("Revision (\\w+) .* written to (.+\\.java)");

    @TempDir
    Path sources;

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void headsHistoryAndShowReadTheRevisions(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();
            assertThat(db("heads", "--url", url, "--migrations", MIGRATIONS).lines())
                    .containsExactly(R2 + " (head), books");
            assertThat(db("history", "--url", url, "--migrations", MIGRATIONS).lines()).containsExactly(
                    R1 + " -> " + R2 + " (head), books",
                    "base -> " + R1 + ", authors");
            assertThat(db("history", "-r", "base:" + R1, "--url", url, "--migrations", MIGRATIONS).lines())
                    .containsExactly("base -> " + R1 + ", authors");

            assertThat(db("upgrade", R1, "--url", url, "--migrations", MIGRATIONS).exitCode()).isZero();
            assertThat(db("history", "-r", "current:", "--url", url, "--migrations", MIGRATIONS).lines())
                    .containsExactly(R1 + " -> " + R2 + " (head), books", "base -> " + R1 + ", authors");

            Result show = db("show", "a1c0", "--url", url, "--migrations", MIGRATIONS);
            assertThat(show.exitCode()).as(show.toString()).isZero();
            assertThat(show.lines()).containsExactly("Rev: " + R1, "Parent: base",
                    "Class: io.strata.cli.test.migrations.R1Authors", "Created: 2026-11-21T10:00:00Z", "Message: authors",
                    kind == DbKind.SQLITE ? "Safety on SQLite:" : "Safety on PostgreSQL:",
                    kind == DbKind.SQLITE ? "  createTable author: database write lock on author (blocks writes), instant"
                            : "  createTable author: ACCESS EXCLUSIVE (new table only) on author (blocks neither reads nor"
                                    + " writes), instant");

            Result asked = db("show", R2, "--dialect", "mariadb", "--dialect", "h2", "--url", url, "--migrations", MIGRATIONS);
            assertThat(asked.exitCode()).as(asked.toString()).isZero();
            assertThat(asked.lines()).endsWith("Message: books", "Safety on MariaDB/MySQL:",
                    "  createTable book: metadata lock (new table only) on book (blocks neither reads nor writes), instant",
                    "Safety on H2:",
                    "  createTable book: exclusive table lock (new table only) on book (blocks neither reads nor writes), instant");
            Result wrongDialect = db("show", R2, "--dialect", "oracle", "--url", url, "--migrations", MIGRATIONS);
            assertThat(wrongDialect.exitCode()).as(wrongDialect.toString()).isNotZero();
            assertThat(wrongDialect.err()).contains("oracle", "postgresql");

            Result branches = db("history", "--url", url, "--migrations", BRANCHES);
            assertThat(branches.lines()).contains("base -> b1ba5e000001 (branchpoint), base of two branches",
                    "b1ba5e000001 -> b2aaaa000002 (head), left branch", "b1ba5e000001 -> b3bbbb000003 (head), right branch");
            assertThat(db("heads", "--url", url, "--migrations", BRANCHES).lines())
                    .containsExactly("b2aaaa000002 (head), left branch", "b3bbbb000003 (head), right branch");

            Result unknown = db("show", "ffff", "--url", url, "--migrations", MIGRATIONS);
            assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(unknown.err()).startsWith("Error: ").contains("ffff");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void initThenMigrateWritesTheFirstRevisionAndMigrateAgainAfterItFindsNothing(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            String[] config = {"--url", database.url(), "--models", MODELS, "--migrations", NONE,
                "--source-dir", sources.toString()};

            Result init = db(ModelCommandsTest.concat(new String[] {"init"}, config));
            assertThat(init.exitCode()).as(init.toString()).isZero();
            Path packageInfo = sources.resolve("io/strata/cli/test/none/package-info.java");
            assertThat(init.lines()).first().isEqualTo("Created " + packageInfo);
            assertThat(Files.readString(packageInfo)).contains("package io.strata.cli.test.none;");
            assertThat(db(ModelCommandsTest.concat(new String[] {"init"}, config)).lines()).first()
                    .isEqualTo("The migrations package io.strata.cli.test.none is already initialized: " + packageInfo);

            Result migrate = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "initial"}, config));
            assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
            assertThat(migrate.lines().get(0)).startsWith("Revision ").contains("(io.strata.cli.test.none.V");
            assertThat(migrate.lines()).contains("  + table author", "  + table book",
                    "Review it, compile it, then run: db upgrade");
            Path file = generatedFile(migrate);
            assertThat(file.getParent()).isEqualTo(packageInfo.getParent());
            String source = Files.readString(file);
            assertThat(source).contains("package io.strata.cli.test.none;", "message = \"initial\"",
                    "ops.createTable(\"author\"", "ops.createTable(\"book\"", "ops.dropTable(\"book\")")
                    .contains("parents = {}");

            Result refused = db(ModelCommandsTest.concat(new String[] {"init"}, config));
            assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(refused.err()).contains("already holds revisions (" + file + ")");

            Result same = db("migrate", "-m", "nothing", "--url", database.url(), "--models", MODELS,
                    "--migrations", MIGRATIONS, "--source-dir", sources.toString());
            assertThat(same.exitCode()).as(same.toString()).isZero();
            assertThat(same.lines()).containsExactly("No changes detected: the models match the revisions.");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void migrateAfterTheHeadFlagsDataLossAndLikelyRenamesAndTakesRenameHints(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            // The revisions create author and book; these models name the book table differently.
            String[] config = {"--url", database.url(), "--models", "io.strata.cli.test.renamed",
                "--migrations", MIGRATIONS, "--source-dir", sources.toString()};
            Result flagged = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "volumes"}, config));
            assertThat(flagged.exitCode()).as(flagged.toString()).isZero();
            assertThat(flagged.out()).contains("  + table volume", "  - table book",
                    "DATA LOSS: drops table book and every row in it (review before running it)",
                    "LIKELY RENAME: table book -> volume (regenerate with --rename book=volume or"
                            + " DiffOptions.defaults().renameTable(\"book\", \"volume\") to rename instead of dropping)");
            String dropping = Files.readString(generatedFile(flagged));
            assertThat(flagged.lines()).contains(kind == DbKind.SQLITE ? "Safety on SQLite:" : "Safety on PostgreSQL:");
            if (kind == DbKind.SQLITE) {
                assertThat(flagged.lines()).contains("  dropTable book: database write lock on book (blocks writes), scans the"
                        + " table; safer: expand/contract: deploy code that no longer uses it first, then change it in a later"
                        + " revision");
                assertThat(dropping).contains("// UNSAFE on SQLite: database write lock on book (blocks writes), scans the table");
            } else {
                assertThat(flagged.lines()).contains("  dropTable book: ACCESS EXCLUSIVE on book (blocks reads and writes),"
                        + " instant; safer: expand/contract: deploy code that no longer uses it first, then change it in a"
                        + " later revision");
                assertThat(dropping).doesNotContain("UNSAFE");
            }
            assertThat(dropping).contains("parents = {\"" + R2 + "\"}", "ops.dropTable(\"book\")");

            Result renamed = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "rename books", "--rename", "book=volume"}, config));
            assertThat(renamed.exitCode()).as(renamed.toString()).isZero();
            assertThat(renamed.out()).contains("> table book").doesNotContain("DATA LOSS");
            assertThat(Files.readString(generatedFile(renamed))).contains("ops.renameTable(\"book\", \"volume\")");

            Result badHint = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "x", "--rename", "book"}, config));
            assertThat(badHint.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(badHint.err()).contains("--rename 'book' must be OLD=NEW");
            Result wrongHint = db(ModelCommandsTest.concat(new String[] {"migrate", "-m", "x", "--rename-table", "nope=volume"}, config));
            assertThat(wrongHint.exitCode()).as(wrongHint.toString()).isEqualTo(ExitCode.USAGE);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void severalHeadsStopMigrateAndRevisionUntilMergeJoinsThem(DbKind kind, TestDatabase database) throws Exception {
        try (database) {
            String[] config = {"--url", database.url(), "--models", MODELS, "--migrations", BRANCHES,
                "--source-dir", sources.toString()};
            for (String command : List.of("migrate", "revision")) {
                Result refused = db(ModelCommandsTest.concat(new String[] {command, "-m", "more"}, config));
                assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
                assertThat(refused.err()).contains("2 heads", "b2aaaa000002, b3bbbb000003", "db merge -m \"merge heads\"");
            }
            Result merge = db(ModelCommandsTest.concat(new String[] {"merge", "-m", "merge heads"}, config));
            assertThat(merge.exitCode()).as(merge.toString()).isZero();
            assertThat(merge.lines()).singleElement().asString()
                    .startsWith("Revision ").contains(" after b2aaaa000002, b3bbbb000003 written to ");
            assertThat(Files.readString(generatedFile(merge)))
                    .contains("parents = {\"b2aaaa000002\", \"b3bbbb000003\"}");

            Result explicit = db(ModelCommandsTest.concat(new String[] {"merge", "-m", "again", "b2aa", "b3bb"}, config));
            assertThat(explicit.exitCode()).as(explicit.toString()).isZero();

            Result single = db("merge", "-m", "x", "--url", database.url(), "--migrations", MIGRATIONS,
                    "--source-dir", sources.toString());
            assertThat(single.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(single.err()).contains("Nothing to merge:", "a single head, " + R2);

            Result revision = db("revision", "-m", "backfill emails", "--url", database.url(), "--migrations", MIGRATIONS,
                    "--source-dir", sources.toString());
            assertThat(revision.exitCode()).as(revision.toString()).isZero();
            String empty = Files.readString(generatedFile(revision));
            assertThat(empty).contains("parents = {\"" + R2 + "\"}", "message = \"backfill emails\"",
                    "public void upgrade(Ops ops)", "public void downgrade(Ops ops)");
        }
    }

    private static Path generatedFile(Result result) {
        for (String line : result.lines()) {
            Matcher m = GENERATED.matcher(line);
            if (m.matches()) {
                return Path.of(m.group(2));
            }
            Matcher written = WRITTEN.matcher(line);
            if (written.matches()) {
                return Path.of(written.group(2));
            }
        }
        throw new AssertionError("no 'Generated revision' line in\n" + result);
    }
}
