package io.strata.migrations.revision;

import static io.strata.migrations.schema.ColumnType.bigint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import io.strata.ErrorKind;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.names.IdentifierViolation;
import io.strata.migrations.names.LongNames;
import io.strata.migrations.names.NameFitting;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.fixtures.toolong.B2LinkBookToAuthor;

/** Revisions naming something longer than a supported database accepts are refused when they load, before any SQL. */
class IdentifierLimitsAtLoadTest {

    private static MigrationRevision revision(String id, Consumer<Ops> upgrade, Consumer<Ops> downgrade) {
        return MigrationRevision.of(RevisionNode.of(id), LambdaMigration.migration(upgrade, downgrade));
    }

    @Test
    void aConstraintNameOf65CharactersFailsWhenTheRevisionsAreScannedNamingTheLimitsAndTheDatabases() {
        String name = B2LinkBookToAuthor.NAME;

        assertThatThrownBy(() -> RevisionSet.scan("io.strata.migrations.revision.fixtures.toolong"))
                .isInstanceOfSatisfying(IdentifierTooLongException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.REVISION);
                    assertThat(e.revisionId()).isEqualTo("b2");
                    assertThat(e.violations()).extracting(IdentifierViolation::identifier, IdentifierViolation::length,
                            IdentifierViolation::limit, IdentifierViolation::database).containsExactly(
                                    Tuple.tuple(name, 65, 63, "PostgreSQL"), Tuple.tuple(name, 65, 64, "MariaDB/MySQL"));
                })
                .hasMessageContaining("Revision b2 (" + B2LinkBookToAuthor.class.getName() + ")")
                .hasMessageContaining("foreign key '" + name + "' on table book is 65 characters, longer than"
                        + " PostgreSQL's limit of 63 and MariaDB/MySQL's limit of 64.")
                .hasMessageContaining("Shorten the name to at most 63 characters")
                .hasMessageContaining("ops.fitName(\"" + name + "\"), which gives '" + NameFitting.fit(name) + "'");
    }

    @Test
    void aNameOf64CharactersIsRefusedForPostgreSQLWhichWouldTruncateIt() {
        String index = LongNames.of("ix_book_", 64);

        assertThatThrownBy(() -> RevisionSet.of(List.of(revision("i1",
                ops -> ops.createIndex(index, "book", "title"), ops -> ops.dropIndex(index, "book")))))
                .isInstanceOfSatisfying(IdentifierTooLongException.class, e -> assertThat(e.violations())
                        .containsExactly(new IdentifierViolation("index", index, "book", 64, 63, "PostgreSQL")))
                .hasMessageNotContaining("MariaDB");
    }

    @Test
    void namesOfTheDowngradeAreCheckedToo() {
        String name = LongNames.of("uq_book_", 70);

        assertThatThrownBy(() -> RevisionSet.of(List.of(revision("d1",
                ops -> ops.dropConstraint(name, "book", ConstraintKind.UNIQUE),
                ops -> ops.createUniqueConstraint(name, "book", "isbn")))))
                .isInstanceOf(IdentifierTooLongException.class).hasMessageContaining(name);
    }

    @Test
    void namesOfExactlyTheSmallestLimitAndFittedNamesLoad() {
        String table = LongNames.of("t_", 63);
        RevisionSet set = RevisionSet.of(List.of(revision("ok",
                ops -> ops.createTable(table, t -> t.column(LongNames.of("c_", 63), bigint())
                        .primaryKey(ops.fitName("pk_" + table), LongNames.of("c_", 63))),
                ops -> ops.dropTable(table))));

        assertThat(set.schemaAtHeads().table(table).orElseThrow().primaryKey().name())
                .isEqualTo(NameFitting.fit("pk_" + table)).hasSize(63);
    }

    @Test
    void aRevisionWhoseCodeCannotBeRecordedWithoutItsDatabaseStillLoads() {
        RevisionSet set = RevisionSet.of(List.of(revision("live", ops -> {
            if (ops.context().dialect().equals("none")) {
                throw new IllegalStateException("this revision reads its database");
            }
        }, ops -> { })));

        assertThat(set.graph().heads()).containsExactly("live");
    }
}
