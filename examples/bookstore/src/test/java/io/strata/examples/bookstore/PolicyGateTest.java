package io.strata.examples.bookstore;

import static io.strata.examples.bookstore.DbCommandsTest.db;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.strata.cli.ExitCode;
import io.strata.examples.bookstore.DbCommandsTest.Run;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@code db check --policy} on the bookstore's PostgreSQL database: the next revision fails the gate with one
 * finding per unsafe operation, and passes once written in the safe forms with its one data-dependent step allowed.
 */
class PolicyGateTest {

    private static final String UNSAFE = "io.strata.examples.bookstore.gate.unsafe";
    private static final String SAFE = "io.strata.examples.bookstore.gate.safe";
    private static final String NEXT = "e1f2a3b4c5d6";

    @Test
    void the_gate_fails_a_not_null_column_a_unique_constraint_and_a_plain_index_and_passes_their_safe_forms() {
        try (TestDatabase database = TestDatabase.create(DbKind.POSTGRESQL)) {
            String url = database.url();
            Run upgrade = db("upgrade", "--url", url);
            assertThat(upgrade.exit()).as(upgrade.err()).isEqualTo(ExitCode.OK);

            Run unsafe = db("check", "--policy", "--url", url, "--migrations", UNSAFE);
            assertThat(unsafe.exit()).as(unsafe.out() + unsafe.err()).isEqualTo(ExitCode.POLICY_FINDINGS);
            assertThat(unsafe.out().lines().filter(line -> line.startsWith("FAIL  ")).toList()).satisfiesExactly(
                    notNull -> assertThat(notNull).startsWith("FAIL  " + NEXT + " addColumn author.country [")
                            .contains("not-null-without-default"),
                    unique -> assertThat(unique).startsWith("FAIL  " + NEXT + " createUniqueConstraint uq_author_name on author [")
                            .contains("data-dependent"),
                    index -> assertThat(index).startsWith("FAIL  " + NEXT + " createIndex ix_book_author_id on book [")
                            .contains("blocking"));
            assertThat(unsafe.out()).contains("in 1 revision checked").doesNotContain(TestDatabase.PASSWORD);

            Run safe = db("check", "--policy", "--url", url, "--migrations", SAFE);
            assertThat(safe.exit()).as(safe.out() + safe.err()).isEqualTo(ExitCode.OK);
            assertThat(safe.out()).doesNotContain("FAIL").contains("ALLOW " + NEXT + " createIndex uq_author_name on author",
                    "allowed: author names were made unique by the 2026-11 cleanup", "Policy passed");

            Run applied = db("upgrade", "--url", url, "--migrations", SAFE);
            assertThat(applied.exit()).as(applied.err()).isEqualTo(ExitCode.OK);
            assertThat(db("check", "--policy", "--url", url, "--migrations", SAFE).out()).contains("in 0 revisions checked");
        }
    }
}
