package io.strata.migrations.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.strata.migrations.revision.RevisionSet;

/** A revision's safety plan, from the schema its parents leave: what {@code db show} and the schema page print. */
class SafetyPlanTest {

    private static final RevisionSet CHAIN = RevisionSet.scan("io.strata.migrations.runner.chain");

    @Test
    void a_revisions_plan_assesses_its_upgrade_on_the_schema_before_it() {
        SafetyPlan plan = SafetyPlan.ofRevision(CHAIN, "b2", "postgresql");

        assertThat(plan.database()).isEqualTo("PostgreSQL");
        assertThat(plan.lines()).containsExactly(
                "addColumn book.isbn: ACCESS EXCLUSIVE on book (blocks reads and writes), instant",
                "createIndex ix_book_isbn on book: SHARE on book (blocks writes), scans the table;"
                        + " safer: CREATE INDEX CONCURRENTLY (ops.createIndexConcurrently)");
        SafetyPlan mariadb = SafetyPlan.ofRevision(CHAIN, "b2", "mariadb");
        assertThat(mariadb.database()).isEqualTo("MariaDB/MySQL");
        assertThat(mariadb.lines()).hasSize(2).first().asString().startsWith("addColumn book.isbn: ");
    }
}
