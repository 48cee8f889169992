package io.strata.migrations.runner;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.inspect.TableLookup;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Revision code can ask the database it runs on: {@code isSqlite()}, {@code existsInDb(table[, column])}. */
class MigrationContextTest {

    private final List<String> seenDialects = new CopyOnWriteArrayList<>();

    private final RevisionSet revisions = RevisionSet.of(List.of(
            MigrationRevision.of(RevisionNode.of("r1"), new Migration() {
                @Override
                public void upgrade(Ops ops) {
                    ops.createTable("t", t -> t.column("id", bigint(), c -> c.notNull()).primaryKey("pk_t", "id"));
                }

                @Override
                public void downgrade(Ops ops) {
                    ops.dropTable("t");
                }
            }),
            MigrationRevision.of(RevisionNode.of("r2", "r1"), new Migration() {
                @Override
                public void upgrade(Ops ops) {
                    seenDialects.add(ops.context().dialect() + (ops.context().isSqlite() ? "!" : ""));
                    if (!ops.context().existsInDb("t", "extra")) {
                        ops.addColumn("t", "extra", integer());
                    }
                }

                @Override
                public void downgrade(Ops ops) {
                    if (ops.context().existsInDb("t", "extra")) {
                        ops.dropColumn("t", "extra");
                    }
                }
            })));

    @ParameterizedTest
    @Databases
    void revisionsSeeTheLiveDatabase(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions)
                    .lockTimeout(Duration.ofSeconds(10)).build();
            migrator.upgrade("r1");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                // Someone added the column by hand: the revision must not add it again.
                s.execute("ALTER TABLE t ADD COLUMN extra INTEGER");
            }
            migrator.upgrade("head");
            assertThat(migrator.current()).containsExactly("r2");
            String expected = kind.name().toLowerCase() + (kind == DbKind.SQLITE ? "!" : "");
            // Besides the live run, the revisions were recorded without a database ("none") when they
            // loaded, to check their names against the databases' identifier limits.
            assertThat(seenDialects).filteredOn(d -> !d.equals("none")).containsExactly(expected);
            migrator.downgrade("r1");
            try (Connection c = db.connect()) {
                assertThat(TableLookup.exists(c, "t", "extra")).isFalse();
                assertThat(TableLookup.exists(c, "T", "ID")).isTrue();
            }
        }
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL})
    void offlineTheContextAnswersFromTheReplayedSchema(DbKind kind) {
        SqlScript script = Migrator.offline(Dialects.byName(kind.name().toLowerCase()), revisions).upgradeSql(null, "head");
        assertThat(script.text()).containsIgnoringCase("ADD COLUMN extra");
        assertThat(seenDialects).contains(kind.name().toLowerCase() + (kind == DbKind.SQLITE ? "!" : ""));
    }
}
