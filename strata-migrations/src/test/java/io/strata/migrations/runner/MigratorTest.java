package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
            // Where DDL commits as it runs, a table beside the version table records how far a revision got.
            List<String> bookkeeping = kind == DbKind.MARIADB || kind == DbKind.H2
                    ? List.of("strata_version", "strata_version_info", "strata_version_progress")
                    : List.of("strata_version", "strata_version_info");

            MigrationResult up = migrator.upgrade("head");
            assertThat(up.applied()).extracting(AppliedRevision::id).containsExactly("a1", "b2", "c3", "d4");
            assertThat(up.current()).containsExactly("d4");
            assertThat(migrator.current()).containsExactly("d4");
            assertThat(DbState.tables(db)).containsExactlyInAnyOrderElementsOf(
                    concat(List.of("author", "book"), bookkeeping));
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
            assertThat(DbState.tables(db)).containsExactlyInAnyOrderElementsOf(bookkeeping);

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
                        // Bad SQL is the revision's fault: the advice is to fix it, not to stamp.
                        assertThat(e).isNotInstanceOf(ChangeAlreadyPresentException.class);
                        assertThat(e.getMessage()).containsAnyOf("Fix the revision", "Undo them by hand")
                                .doesNotContain("already has", "db stamp");
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

    /**
     * A column added outside the revisions makes the next revision's {@code addColumn} fail with the
     * database's "duplicate column" error; the message says the database already has the change and
     * suggests drift and stamp, not "Fix the revision".
     */
    @ParameterizedTest
    @Databases
    void aChangeTheDatabaseAlreadyHasIsNotBlamedOnTheRevision(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Chain.CHAIN);
            migrator.upgrade("a1");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE book ADD COLUMN isbn varchar(20)");
            }

            assertThatThrownBy(() -> migrator.upgrade("b2"))
                    .isInstanceOfSatisfying(ChangeAlreadyPresentException.class, e -> {
                        assertThat(e.revisionId()).isEqualTo("b2");
                        assertThat(e.operationNumber()).isEqualTo(1);
                        assertThat(e.recordedVersions()).containsExactly("a1");
                        assertThat(e.changes()).extracting(Object::toString).containsExactly("+ column book.isbn varchar(20)");
                        assertThat(e.getMessage()).contains("addColumn book.isbn", "The database already has this change",
                                "+ column book.isbn", "the revision is not at fault", "db drift", "db stamp b2",
                                e.getCause().getMessage())
                                .doesNotContain("Fix the revision", TestDatabase.PASSWORD);
                    });
            assertThat(migrator.current()).containsExactly("a1");

            // Recording what the database already holds, as the message suggests, brings it to b2's successor.
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE INDEX ix_book_isbn ON book (isbn)");
            }
            migrator.stamp("b2");
            assertThat(migrator.upgrade("head").applied()).extracting(AppliedRevision::id).containsExactly("c3", "d4");
        }
    }

    /** A downgrade whose drop the database already lacks is told apart the same way. */
    @ParameterizedTest
    @Databases
    void aDropTheDatabaseAlreadyLacksIsNotBlamedOnTheRevision(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Chain.CHAIN);
            migrator.upgrade("b2");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(kind == DbKind.MARIADB ? "DROP INDEX ix_book_isbn ON book" : "DROP INDEX ix_book_isbn");
            }

            assertThatThrownBy(() -> migrator.downgrade("a1"))
                    .isInstanceOfSatisfying(ChangeAlreadyPresentException.class, e -> {
                        assertThat(e.operation()).isEqualTo("dropIndex ix_book_isbn on book");
                        assertThat(e.changes()).extracting(Object::toString).containsExactly("- index ix_book_isbn on book");
                        assertThat(e.getMessage()).contains("The database already has this change", "db stamp a1")
                                .doesNotContain("Fix the revision");
                    });
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

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
