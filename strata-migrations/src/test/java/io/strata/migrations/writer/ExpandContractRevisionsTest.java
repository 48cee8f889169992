package io.strata.migrations.writer;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.revision.PlaceholderNotFilledException;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.MigrationFailedException;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Breaking changes written as expand and contract revisions compile, replay to the models, let old code
 * keep working once the expand runs, wait for the operator before the contract, and run down again.
 */
class ExpandContractRevisionsTest {

    /** What the old code knows. */
    static final Schema OLD = RevisionWriterTest.schema(ops -> ops
            .createTable("item", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("title", varchar(100), c -> c.notNull())
                    .column("code", varchar(20))
                    .column("qty", integer())
                    .primaryKey("pk_item", "id")));

    /** The new models: title renamed to name, code an integer, qty NOT NULL (default 0), rank added NOT NULL. */
    static final Schema NEW = RevisionWriterTest.schema(ops -> ops
            .createTable("item", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("name", varchar(100), c -> c.notNull())
                    .column("code", integer())
                    .column("qty", integer(), c -> c.notNull().serverDefault("0"))
                    .column("rank", integer(), c -> c.notNull())
                    .primaryKey("pk_item", "id")));

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T18:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @Databases
    void aRenameATypeChangeAndNotNullColumnsRunAsExpandThenContractWhileOldCodeServes(DbKind kind, TestDatabase db,
            @TempDir Path dir) throws Exception {
        String pkg = "ec" + kind.name().toLowerCase(Locale.ROOT) + ".migrations";
        DiffOptions hints = DiffOptions.defaults().renameColumn("item", "title", "name").oneOffDefault("item", "rank", "1");
        List<RevisionSource> sources = write(pkg, dir, SchemaDiff.between(OLD, NEW, hints));
        String expandText = sources.get(1).text();
        String contractText = sources.get(2).text();
        assertThat(expandText).contains("message = \"rework item (expand)\"", "compatible = \"expand: ", "DUAL WRITE",
                "the application must write both title and name", "ops.addColumn(\"item\", \"code_new\", integer())",
                // the expand's fills are batched, resumable backfills, not one UPDATE of the whole table
                "ops.backfill(\"item\", b -> b", ".set(\"name\", \"title\")", ".where(\"name IS NULL\")",
                ".set(\"qty\", \"0\")", ".where(\"qty IS NULL\")")
                .doesNotContain("contract = ", "ops.execute(\"UPDATE item SET name = title");
        assertThat(contractText).contains("parents = {\"b2expand\"}", "message = \"rework item (contract)\"",
                "contract = \"", "column item.title (renamed to name)", "db upgrade --contract",
                "ops.dropColumn(\"item\", \"title\")");

        RevisionSet revisions = RevisionSet.ofClasses(GeneratedRevisionsTest.load(
                GeneratedRevisionsTest.compile(sources, dir.resolve("src"), dir.resolve("classes")), sources));
        assertThat(SchemaComparison.between(revisions.schemaAtHeads(), NEW).report()).as("replayed to the models").isEmpty();
        assertThat(revisions.revision("c3contract").isContract()).isTrue();
        DiffOptions asStored = DiffOptions.defaults().ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                .ignoringRepresentationOf(kind.name().toLowerCase(Locale.ROOT));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("a1old");
            sql(db, "INSERT INTO item (id, title, code, qty) VALUES (1, 'one', '12', NULL)",
                    "INSERT INTO item (id, title, code, qty) VALUES (2, 'two', NULL, 5)");

            assertThat(migrator.sync(null)).isEqualTo(SyncResult.CONTRACT_PENDING);
            assertThat(migrator.current()).containsExactly("b2expand");
            assertThat(migrator.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.CONTRACT_PENDING);

            // Old code keeps inserting, reading and updating what it knows.
            sql(db, "INSERT INTO item (id, title, code, qty) VALUES (3, 'three', '7', NULL)",
                    "UPDATE item SET title = 'uno' WHERE id = 1");
            assertThat(rows(db, "SELECT id, title, code, qty FROM item ORDER BY id")).hasSize(3);
            // New code writes its columns (on H2, which has no SQL triggers, it writes the old name too, as told).
            sql(db, kind == DbKind.H2
                    ? "INSERT INTO item (id, name, title, code, qty, rank) VALUES (4, 'four', 'four', 8, 2, 3)"
                    : "INSERT INTO item (id, name, code, qty, rank) VALUES (4, 'four', 8, 2, 3)");
            if (kind != DbKind.H2) {
                assertThat(rows(db, "SELECT id, title, name FROM item ORDER BY id")).containsExactly(
                        "1|uno|uno", "2|two|two", "3|three|three", "4|four|four");
            }

            assertThat(migrator.upgradeWithContracts("head").applied()).singleElement()
                    .satisfies(a -> assertThat(a.id()).isEqualTo("c3contract"));
            assertThat(GeneratedRevisionsTest.differences(NEW, db, asStored)).as("no drift after the contract").isEmpty();
            assertThat(rows(db, "SELECT id, name, code, qty, rank FROM item ORDER BY id")).containsExactly(
                    (kind == DbKind.H2 ? "1|one" : "1|uno") + "|12|0|1", "2|two|null|5|1", "3|three|7|0|1", "4|four|8|2|3");

            migrator.downgrade("a1old");
            assertThat(GeneratedRevisionsTest.differences(OLD, db, asStored)).as("after downgrading both").isEmpty();
            assertThat(rows(db, "SELECT id, title, code FROM item ORDER BY id")).containsExactly(
                    (kind == DbKind.H2 ? "1|one" : "1|uno") + "|12", "2|two|null", "3|three|7", "4|four|8");
            migrator.upgradeWithContracts("head");
            assertThat(GeneratedRevisionsTest.differences(NEW, db, asStored)).as("up again").isEmpty();
        }
    }

    @ParameterizedTest
    @Databases
    void aNotNullColumnWithoutAValueIsWrittenWithAPlaceholderThatRefusesToRun(DbKind kind, TestDatabase db,
            @TempDir Path dir) throws Exception {
        String pkg = "ph" + kind.name().toLowerCase(Locale.ROOT) + ".migrations";
        Schema withRank = RevisionWriterTest.schema(ops -> ops.createTable("item", t -> t
                .column("id", integer(), c -> c.notNull())
                .column("title", varchar(100), c -> c.notNull())
                .column("code", varchar(20))
                .column("qty", integer())
                .column("rank", integer(), c -> c.notNull())
                .primaryKey("pk_item", "id")));
        List<RevisionSource> sources = write(pkg, dir, SchemaDiff.between(OLD, withRank));
        assertThat(sources.get(1).text()).contains("TODO: replace " + PlaceholderNotFilledException.PLACEHOLDER,
                "ops.addColumn(\"item\", \"rank\", integer());");
        assertThat(sources.get(2).text()).contains("contract = \"", "inserts without item.rank",
                "ops.alterColumn(\"item\", \"rank\", a -> a");

        RevisionSet revisions = RevisionSet.ofClasses(GeneratedRevisionsTest.load(
                GeneratedRevisionsTest.compile(sources, dir.resolve("src"), dir.resolve("classes")), sources));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("a1old");
            assertThatThrownBy(() -> migrator.upgrade("head"))
                    .satisfies(e -> assertThat(e instanceof PlaceholderNotFilledException
                            || e instanceof MigrationFailedException f && f.getCause() instanceof PlaceholderNotFilledException)
                            .as("refused for the placeholder: %s", e).isTrue())
                    .hasMessageContaining("b2expand").hasMessageContaining(PlaceholderNotFilledException.PLACEHOLDER);
            assertThat(migrator.current()).containsExactly("a1old");
            assertThat(GeneratedRevisionsTest.differences(OLD, db, DiffOptions.defaults()
                    .ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                    .ignoringRepresentationOf(kind.name().toLowerCase(Locale.ROOT)))).isEmpty();
        }
    }

    /** a1 creates the old schema; b2 and c3 are the expand and contract halves of the change to {@code diff}'s models. */
    private static List<RevisionSource> write(String pkg, Path dir, SchemaDiff diff) {
        List<String> ids = new ArrayList<>(List.of("b2expand", "c3contract"));
        RevisionSource first = RevisionWriter.forPackage(pkg).withClock(CLOCK).withIds(() -> "a1old")
                .revision("create item", List.of(), SchemaDiff.between(Schema.empty(), OLD));
        ExpandContractRevisions pair = RevisionWriter.forPackage(pkg).withClock(CLOCK).withIds(() -> ids.remove(0))
                .withSafetyOn(List.of("postgresql")).expandContract("rework item", List.of("a1old"), diff);
        assertThat(pair.contract()).isPresent();
        List<RevisionSource> sources = new ArrayList<>(List.of(first));
        sources.addAll(pair.all());
        sources.forEach(s -> s.writeTo(dir.resolve("src")));
        return sources;
    }

    private static void sql(TestDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static List<String> rows(TestDatabase db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

}
