package io.strata.cli;

import static io.strata.cli.testing.CliRun.db;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.cli.testing.CliRun.Result;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** {@code db check --policy}: the gate over the revisions a database lacks, or a range, without models. */
class PolicyCheckTest {

    private static final String UNSAFE = "io.strata.cli.test.gate.unsafe";
    private static final String SAFE = "io.strata.cli.test.gate.safe";
    private static final String G1 = "9a7e00000001";
    private static final String G2 = "9a7e00000002";

    @ParameterizedTest
    @Databases
    void failsWithExit7OnThePendingRevisionsUnsafeOperationsAndPassesTheirSafeForms(DbKind kind, TestDatabase database) {
        try (database) {
            String url = database.url();
            assertThat(db("upgrade", G1, "--url", url, "--migrations", UNSAFE).exitCode()).isZero();

            Result unsafe = db("check", "--policy", "--url", url, "--migrations", UNSAFE);
            assertThat(unsafe.exitCode()).as(unsafe.toString()).isEqualTo(ExitCode.POLICY_FINDINGS);
            // Whether adding the column or the constraint also blocks differs by database.
            assertThat(finding(unsafe, "FAIL  " + G2 + " addColumn author.rating ["))
                    .contains("breaking-for-replicas", "not-null-without-default");
            assertThat(finding(unsafe, "FAIL  " + G2 + " createUniqueConstraint uq_author_email on author ["))
                    .contains("breaking-for-replicas", "data-dependent");
            assertThat(unsafe.out()).contains(
                    "not-null-without-default: NOT NULL without a default: existing rows will fail (adds column author.rating",
                    "fix: remove the duplicates first", "in 1 revision checked.")
                    .doesNotContain(G1 + " ");
            if (kind == DbKind.MARIADB) {
                assertThat(unsafe.out()).as("MariaDB builds an index online (LOCK=NONE)").doesNotContain("createIndex ix_author_name");
            } else {
                assertThat(unsafe.out()).contains("FAIL  " + G2 + " createIndex ix_author_name on author [blocking]");
            }

            Result json = db("check", "--policy", "--format", "json", "--url", url, "--migrations", UNSAFE);
            assertThat(json.exitCode()).isEqualTo(ExitCode.POLICY_FINDINGS);
            assertThat(json.lines()).singleElement().asString().startsWith("{\"passed\":false,\"revisions\":[\"" + G2 + "\"]")
                    .contains("\"operation\":\"addColumn author.rating\",\"table\":\"author\",\"failing\":true");

            Result disabled = db("check", "--policy", "--url", url, "--migrations", UNSAFE, "--disable",
                    "breaking-for-replicas,not-null-without-default", "--disable", "data-dependent", "--disable", "blocking");
            assertThat(disabled.exitCode()).as(disabled.toString()).isZero();
            assertThat(disabled.out()).contains("Policy passed", "rules off: breaking-for-replicas, not-null-without-default,"
                    + " data-dependent, blocking");

            // author is empty: the blocking rule spares it under the threshold, whatever each database locks.
            Result safe = db("check", "--policy", "--row-threshold", "100", "--url", url, "--migrations", SAFE);
            assertThat(safe.exitCode()).as(safe.toString()).isZero();
            assertThat(safe.out()).contains("ALLOW " + G2 + " createIndex uq_author_email on author",
                    "allowed: the running release never writes emails",
                    "allowed: emails were deduplicated by the 2026-11 cleanup", "Policy passed: 0 failing findings, 1 allowed");

            assertThat(db("upgrade", "--url", url, "--migrations", SAFE).exitCode()).isZero();
            Result nothing = db("check", "--policy", "--url", url, "--migrations", SAFE);
            assertThat(nothing.exitCode()).isZero();
            assertThat(nothing.out()).contains("Policy passed: 0 failing findings, 0 allowed, in 0 revisions checked.");
        }
    }

    @Test
    void aRangeNeedsNoDatabaseAndJudgesOnTheFourDatabasesLimits() {
        Result range = db("check", "--policy", "--range", G1 + ":head", "--migrations", UNSAFE);
        assertThat(range.exitCode()).as(range.toString()).isEqualTo(ExitCode.POLICY_FINDINGS);
        assertThat(range.out()).contains("FAIL  " + G2 + " addColumn author.rating", "in 1 revision checked.");

        Result fromBase = db("check", "--policy", "--range", "base:" + G1, "--migrations", UNSAFE);
        assertThat(fromBase.exitCode()).as(fromBase.toString()).isZero();
    }

    @Test
    void wrongUseSaysWhatIsMissingAndExits2() {
        Result noUrl = db("check", "--policy", "--migrations", UNSAFE);
        assertThat(noUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noUrl.err()).contains("needs a URL", "--range FROM:TO");

        Result stray = db("check", "--range", "base:head", "--migrations", UNSAFE);
        assertThat(stray.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(stray.err()).contains("add --policy");

        Result unknownRule = db("check", "--policy", "--range", "base:head", "--disable", "blockng", "--migrations", UNSAFE);
        assertThat(unknownRule.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownRule.err()).contains("'blockng' names no policy rule", "blocking");

        Result badFormat = db("check", "--policy", "--range", "base:head", "--format", "xml", "--migrations", UNSAFE);
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    /** The one line of the report that starts with {@code start}. */
    private static String finding(Result result, String start) {
        return result.lines().stream().filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + result.out()));
    }
}
