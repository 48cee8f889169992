package io.strata.migrations.runner;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
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

    /**
     * An operation of several statements whose second fails, on MariaDB, keeps its first: the error
     * says so (not "nothing was applied"), and the version table stays, since the database is not empty.
     */
    @ParameterizedTest
    @Databases(DbKind.MARIADB)
    void anOperationWhoseFirstStatementCommittedBeforeItsSecondFailedSaysWhatRemains(DbKind kind, TestDatabase db)
            throws Exception {
        RevisionSet revisions = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("z1"), new Migration() {
            @Override
            public void upgrade(Ops ops) {
                // MariaDB reserves the index name PRIMARY for primary keys: CREATE INDEX fails after CREATE TABLE.
                ops.createTable("memo", t -> t.column("id", bigint(), c -> c.notNull()).column("body", varchar(20))
                        .primaryKey("pk_memo", "id").index("PRIMARY", "body"));
            }

            @Override
            public void downgrade(Ops ops) {
            }
        })));
        try (db) {
            assertThatThrownBy(() -> migrator(db, revisions).upgrade("head"))
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.operationNumber()).isEqualTo(1);
                        assertThat(e.rolledBack()).isFalse();
                        assertThat(e.partlyApplied()).singleElement().asString().startsWith("CREATE TABLE memo");
                        assertThat(e.getMessage()).contains("Of revision z1, the first 1 statement(s) of operation 1,"
                                + " which ran before the failing one (CREATE TABLE memo", "remain applied",
                                "Undo those statements of operation 1 by hand")
                                .doesNotContain("Nothing of revision");
                    });
            assertThat(DbState.tables(db)).contains("memo", "strata_version");
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
