package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.broken.E5Broken;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class MigratorTest {

    private static Migrator migrator(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest
    @Databases
    void upgradesDowngradesAndStampsAChainOfRevisions(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Chain.CHAIN);
            assertThat(migrator.current()).isEmpty();

            MigrationResult up = migrator.upgrade("head");
            assertThat(up.applied()).extracting(AppliedRevision::id).containsExactly("a1", "b2", "c3", "d4");
            assertThat(up.current()).containsExactly("d4");
            assertThat(migrator.current()).containsExactly("d4");
            assertThat(DbState.tables(db)).containsExactlyInAnyOrder("author", "book", "strata_version", "strata_version_info");
            assertThat(DbState.columns(db, "book")).contains("isbn");
            assertThat(DbState.count(db, "author")).isEqualTo(2);
            assertThat(DbState.count(db, "book")).isEqualTo(1);

            assertThat(migrator.upgrade("head").appliedCount()).isZero();

            MigrationResult down = migrator.downgrade("-1");
            assertThat(down.applied()).extracting(AppliedRevision::id).containsExactly("d4");
            assertThat(migrator.current()).containsExactly("c3");

            MigrationResult toBase = migrator.downgrade("base");
            assertThat(toBase.applied()).extracting(AppliedRevision::id).containsExactly("c3", "b2", "a1");
            assertThat(migrator.current()).isEmpty();
            assertThat(DbState.tables(db)).containsExactlyInAnyOrder("strata_version", "strata_version_info");

            assertThat(migrator.upgrade("head").appliedCount()).isEqualTo(4);
            assertThat(DbState.count(db, "book")).isEqualTo(1);

            MigrationResult stamp = migrator.stamp("b2");
            assertThat(stamp.applied()).isEmpty();
            assertThat(stamp.versions().before()).containsExactly("d4");
            assertThat(migrator.current()).containsExactly("b2");
            assertThat(DbState.columns(db, "book")).contains("isbn");
            migrator.stamp("head");
            assertThat(migrator.current()).containsExactly("d4");
        }
    }

    /**
     * PostgreSQL and SQLite roll the failed revision back; MariaDB and H2 commit DDL implicitly, so
     * the failed revision's earlier operations stay and the version table names the last complete one.
     */
    @ParameterizedTest
    @Databases
    void aFailingRevisionLeavesTheLastCompleteRevisionRecorded(DbKind kind, TestDatabase db) throws Exception {
        boolean transactionalDdl = kind == DbKind.POSTGRESQL || kind == DbKind.SQLITE;
        try (db) {
            Migrator migrator = migrator(db, Chain.WITH_BROKEN);

            assertThatThrownBy(() -> migrator.upgrade("head"))
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.revisionId()).isEqualTo("e5");
                        assertThat(e.operationNumber()).isEqualTo(3);
                        assertThat(e.statement()).isEqualTo(E5Broken.BAD_SQL);
                        assertThat(e.recordedVersions()).containsExactly("d4");
                        assertThat(e.rolledBack()).isEqualTo(transactionalDdl);
                        assertThat(e.getMessage()).contains("revision e5", "operation 3 of 3 (execute)",
                                E5Broken.BAD_SQL, e.getCause().getMessage());
                        assertThat(e.getMessage()).doesNotContain(TestDatabase.PASSWORD);
                    });

            assertThat(migrator.current()).containsExactly("d4");
            if (!transactionalDdl) {
                assertThat(DbState.tables(db)).contains("note");
                assertThat(DbState.columns(db, "book")).contains("pages");
            } else {
                assertThat(DbState.tables(db)).doesNotContain("note");
                assertThat(DbState.columns(db, "book")).doesNotContain("pages");
            }
            assertThat(DbState.count(db, "book")).isEqualTo(1);
        }
    }

    @Test
    void answersHeadsHistoryAndSchemaWithoutADatabase() {
        Migrator migrator = Migrator.builder().revisions(Chain.CHAIN).build();
        assertThat(migrator.heads()).containsExactly("d4");
        assertThat(migrator.history()).extracting(RevisionNode::id).containsExactly("d4", "c3", "b2", "a1");
        assertThat(migrator.history("a1:b2")).extracting(RevisionNode::id).containsExactly("b2", "a1");
        assertThat(migrator.schemaAt("a1").table("author")).isPresent();
        assertThatThrownBy(migrator::current).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Builder.dataSource(");
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void runsNothingWhenTheTargetIsReached(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Chain.CHAIN);
            migrator.upgrade("b2");
            MigrationResult result = migrator.upgrade("b2");
            assertThat(result.changed()).isFalse();
            assertThat(result.versions().after()).isEqualTo(Set.of("b2"));
            assertThat(migrator.upgrade("+1").applied()).extracting(AppliedRevision::id).containsExactly("c3");
        }
    }
}
