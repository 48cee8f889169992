package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** A command refused or failed on an empty database leaves it empty: no version table, nor the tables beside it. */
class RefusedOnEmptyDatabaseTest {

    /** One revision whose only operation fails: nothing of it can be applied. */
    private static final RevisionSet FAILS_AT_ONCE = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("z1"),
            new Migration() {
                @Override
                public void upgrade(Ops ops) {
                    ops.execute("THIS IS NOT SQL");
                }

                @Override
                public void downgrade(Ops ops) {
                }
            })));

    @ParameterizedTest
    @Databases
    void anUpgradeToAnUnknownTargetLeavesNoVersionTable(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            assertThatThrownBy(() -> migrator(db, Chain.CHAIN).upgrade("zz9"))
                    .hasMessageContaining("zz9");
            assertThat(DbState.tables(db)).isEmpty();

            assertThatThrownBy(() -> migrator(db, Chain.CHAIN).stamp("zz9")).hasMessageContaining("zz9");
            assertThat(DbState.tables(db)).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases
    void anUpgradeWhoseFirstRevisionFailsBeforeChangingAnythingLeavesNoVersionTable(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            assertThatThrownBy(() -> migrator(db, FAILS_AT_ONCE).upgrade("head"))
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> assertThat(e.getMessage())
                            .contains("THIS IS NOT SQL"));
            assertThat(DbState.tables(db)).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases
    void aRefusedUpgradeOfADatabaseWithAVersionKeepsItsTables(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            migrator(db, Chain.CHAIN).upgrade("a1");
            assertThatThrownBy(() -> migrator(db, Chain.CHAIN).upgrade("zz9")).hasMessageContaining("zz9");
            assertThat(DbState.tables(db)).contains("strata_version", "strata_version_info", "author");
            assertThat(migrator(db, Chain.CHAIN).current()).containsExactly("a1");
        }
    }

    private static Migrator migrator(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(20)).build();
    }
}
