package io.strata.migrations.writer;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;

class RevisionWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:41.5Z"), ZoneOffset.UTC);
    private static final RevisionWriter WRITER = RevisionWriter.forPackage("com.example.migrations").withClock(CLOCK)
            .withIds(() -> "3f2a9c1b7d40");

    static Schema schema(java.util.function.Consumer<Ops> definition) {
        Ops ops = new Ops();
        definition.accept(ops);
        Schema schema = Schema.empty();
        for (Operation op : ops.operations()) {
            schema = op.applyTo(schema);
        }
        return schema;
    }

    private static final Schema FROM = schema(ops -> ops.createTable("author", t -> t
            .column("id", integer(), c -> c.autoIncrement())
            .column("name", varchar(100), c -> c.notNull())
            .column("bio", text())
            .primaryKey("pk_author", "id")));

    private static final Schema TO = schema(ops -> ops
            .createTable("author", t -> t
                    .column("id", integer(), c -> c.autoIncrement())
                    .column("name", varchar(200), c -> c.notNull())
                    .primaryKey("pk_author", "id"))
            .createTable("store", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("author_id", integer())
                    .column("name", varchar(50), c -> c.notNull().serverDefault("'main'"))
                    .primaryKey("pk_store", "id")
                    .foreignKey("fk_store_author_id_author", fk -> fk.columns("author_id").references("author", "id")
                            .onDelete(ReferentialAction.CASCADE))
                    .unique("uq_store_name", "name")
                    .index("ix_store_author_id", "author_id")
                    .check("ck_store_name", "name <> ''")));

    @Test
    void writesAReadableRevisionWithDataLossMarked() {
        RevisionSource source = WRITER.revision("add stores", List.of("a1b2c3d4e5f6"), SchemaDiff.between(FROM, TO));

        assertThat(source.className()).isEqualTo("V20261121_1200_AddStores");
        assertThat(source.revisionId()).isEqualTo("3f2a9c1b7d40");
        assertThat(source.relativePath()).isEqualTo(Path.of("com/example/migrations/V20261121_1200_AddStores.java"));
        assertThat(source.text()).isEqualTo("""
                package com.example.migrations;

                import static io.strata.migrations.schema.ColumnType.integer;
                import static io.strata.migrations.schema.ColumnType.text;
                import static io.strata.migrations.schema.ColumnType.varchar;

                import io.strata.migrations.operations.Ops;
                import io.strata.migrations.revision.Migration;
                import io.strata.migrations.revision.Revision;
                import io.strata.migrations.schema.ReferentialAction;

                // BREAKING (drops column author.bio): code without this revision stops being ready once it is
                // applied. If it can keep serving, declare why: @Revision(..., compatible = "…").
                @Revision(
                        id = "3f2a9c1b7d40",
                        parents = {"a1b2c3d4e5f6"},
                        message = "add stores",
                        created = "2026-11-21T12:00:41Z")
                public final class V20261121_1200_AddStores implements Migration {

                    @Override
                    public void upgrade(Ops ops) {
                        // DATA LOSS: drops column author.bio and every value in it
                        ops.dropColumn("author", "bio");
                        ops.alterColumn("author", "name", a -> a.type(varchar(200)));
                        ops.createTable("store", t -> t
                                .column("id", integer(), c -> c.notNull())
                                .column("author_id", integer())
                                .column("name", varchar(50), c -> c.notNull().serverDefault("'main'"))
                                .primaryKey("pk_store", "id")
                                .foreignKey("fk_store_author_id_author", fk -> fk.columns("author_id").references("author", "id").onDelete(ReferentialAction.CASCADE))
                                .unique("uq_store_name", "name")
                                .index("ix_store_author_id", "author_id")
                                .check("ck_store_name", "name <> ''"));
                    }

                    @Override
                    public void downgrade(Ops ops) {
                        // DATA LOSS: drops table store and every row in it
                        ops.dropTable("store");
                        // DATA LOSS: narrows column author.name from varchar(200) to varchar(100); values that do not fit are cut or rejected
                        ops.alterColumn("author", "name", a -> a.type(varchar(100)));
                        ops.addColumn("author", "bio", text());
                    }
                }
                """);
    }

    @Test
    void writesAnIndexOnAnExistingTableConcurrentlyWithWhy() {
        Schema indexed = schema(ops -> ops.createTable("author", t -> t
                .column("id", integer(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .column("bio", text())
                .primaryKey("pk_author", "id")
                .index("ix_author_name", "name")));

        String text = WRITER.revision("index author names", List.of("a1"), SchemaDiff.between(FROM, indexed)).text();

        assertThat(text).isEqualTo("""
                package com.example.migrations;

                import io.strata.migrations.operations.Ops;
                import io.strata.migrations.revision.Migration;
                import io.strata.migrations.revision.Revision;

                // COMPATIBLE (additive only): code without this revision keeps serving once it is applied.
                @Revision(
                        id = "3f2a9c1b7d40",
                        parents = {"a1"},
                        message = "index author names",
                        created = "2026-11-21T12:00:41Z")
                public final class V20261121_1200_IndexAuthorNames implements Migration {

                    @Override
                    public void upgrade(Ops ops) {
                        // concurrently: does not lock writes on PostgreSQL/MariaDB; runs outside the revision's transaction
                        ops.createIndexConcurrently("ix_author_name", "author", "name");
                    }

                    @Override
                    public void downgrade(Ops ops) {
                        // concurrently: does not lock writes on PostgreSQL/MariaDB; runs outside the revision's transaction
                        ops.dropIndexConcurrently("ix_author_name", "author");
                    }
                }
                """);
        String plain = WRITER.revision("index author names", List.of("a1"),
                SchemaDiff.between(FROM, indexed, DiffOptions.defaults().concurrentIndexes(false))).text();
        assertThat(plain).contains("ops.createIndex(\"ix_author_name\", \"author\", \"name\");")
                .doesNotContain("Concurrently").doesNotContain("// concurrently");
    }

    @Test
    void marksAnOperationThatBlocksItsTableWhileTouchingEveryRowOnTheDatabasesAsked() {
        Schema unique = schema(ops -> ops.createTable("author", t -> t
                .column("id", integer(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .column("bio", text())
                .primaryKey("pk_author", "id")
                .unique("uq_author_name", "name"))
                .createTable("store", t -> t.column("id", integer(), c -> c.notNull()).primaryKey("pk_store", "id")));
        SchemaDiff diff = SchemaDiff.between(FROM, unique);

        String text = WRITER.withSafetyOn(List.of("postgresql", "mariadb")).revision("unique names", List.of("a1"), diff).text();

        assertThat(text).contains("""
                        // UNSAFE on PostgreSQL: ACCESS EXCLUSIVE on author (blocks reads and writes), scans the table; safer:\
                 CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX
                        ops.createUniqueConstraint("uq_author_name", "author", "name");
                """);
        assertThat(text.lines().filter(l -> l.contains("UNSAFE"))).as("MariaDB adds it online; a new table is nobody's")
                .hasSize(1);
        assertThat(WRITER.revision("unique names", List.of("a1"), diff).text()).doesNotContain("UNSAFE");
        assertThatThrownBy(() -> WRITER.withSafetyOn(List.of("oracle")))
                .isInstanceOf(io.strata.migrations.dialect.UnknownDialectException.class);
    }

    @Test
    void marksLikelyRenamesWithTheHintThatMakesThemRenames() {
        Schema renamed = schema(ops -> ops.createTable("author", t -> t
                .column("id", integer(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .column("biography", text())
                .primaryKey("pk_author", "id")));

        String text = WRITER.revision("rename bio", List.of("a1"), SchemaDiff.between(FROM, renamed)).text();

        assertThat(text).contains("""
                        // LIKELY RENAME: column author.bio -> author.biography (regenerate with --rename author.bio=biography or DiffOptions.defaults().renameColumn("author", "bio", "biography"))
                        // DATA LOSS: drops column author.bio and every value in it
                        ops.dropColumn("author", "bio");
                """);
        String hinted = WRITER.revision("rename bio", List.of("a1"), SchemaDiff.between(FROM, renamed,
                DiffOptions.defaults().renameColumn("author", "bio", "biography"))).text();
        assertThat(hinted).contains("ops.alterColumn(\"author\", \"bio\", a -> a.rename(\"biography\"));")
                .doesNotContain("LIKELY RENAME").doesNotContain("DATA LOSS");
    }

    @Test
    void flagsANotNullColumnWithoutDefaultAndWritesAOneOffDefaultAsAddThenDrop() {
        Schema rated = schema(ops -> ops.createTable("author", t -> t
                .column("id", integer(), c -> c.autoIncrement())
                .column("name", varchar(100), c -> c.notNull())
                .column("bio", text())
                .column("rating", integer(), c -> c.notNull())
                .primaryKey("pk_author", "id")));

        String flagged = WRITER.revision("add rating", List.of("a1"), SchemaDiff.between(FROM, rated)).text();
        String oneOff = WRITER.revision("add rating", List.of("a1"), SchemaDiff.between(FROM, rated,
                DiffOptions.defaults().oneOffDefault("author", "rating", "3"))).text();

        assertThat(flagged).contains("""
                        // NOT NULL without a default: existing rows will fail (adds column author.rating integer not null): give the column a server default in the model, or regenerate with a one-off default
                        ops.addColumn("author", "rating", integer(), c -> c.notNull());
                """);
        assertThat(oneOff).contains("""
                    public void upgrade(Ops ops) {
                        // ONE-OFF DEFAULT: 3 fills the existing rows of author.rating; dropped right after, as the model has no default
                        ops.addColumn("author", "rating", integer(), c -> c.notNull().serverDefault("3"));
                        ops.alterColumn("author", "rating", a -> a.dropServerDefault());
                    }

                    @Override
                    public void downgrade(Ops ops) {
                        ops.alterColumn("author", "rating", a -> a.serverDefault("3"));
                        // DATA LOSS: drops column author.rating and every value in it
                        ops.dropColumn("author", "rating");
                    }
                """).doesNotContain("NOT NULL without");
        String backwards = WRITER.revision("drop rating", List.of("a1"), SchemaDiff.between(rated, FROM)).text();
        assertThat(backwards.substring(backwards.indexOf("downgrade"))).contains("// NOT NULL without a default");
    }

    @Test
    void writesConstraintAndIndexRenamesWithTheKindImported() {
        List<Operation> upgrade = new Ops()
                .renameConstraint("press", "pk_publisher", "pk_press", ConstraintKind.PRIMARY_KEY)
                .renameIndex("press", "ix_publisher_city", "ix_press_city")
                .operations();
        List<Operation> downgrade = List.of(upgrade.get(1).reverse().orElseThrow(), upgrade.get(0).reverse().orElseThrow());

        String text = WRITER.revision("rename keys", List.of("a1"), upgrade, downgrade).text();

        assertThat(text).contains("import io.strata.migrations.operations.ConstraintKind;\n").contains("""
                    public void upgrade(Ops ops) {
                        ops.renameConstraint("press", "pk_publisher", "pk_press", ConstraintKind.PRIMARY_KEY);
                        ops.renameIndex("press", "ix_publisher_city", "ix_press_city");
                    }
                """).contains("""
                    public void downgrade(Ops ops) {
                        ops.renameIndex("press", "ix_press_city", "ix_publisher_city");
                        ops.renameConstraint("press", "pk_press", "pk_publisher", ConstraintKind.PRIMARY_KEY);
                    }
                """);
    }

    @Test
    void writesTheCompatibleVerdictOfAnAdditiveRevision() {
        List<Operation> upgrade = new Ops().addColumn("author", "nickname", varchar(40)).operations();
        List<Operation> downgrade = List.of(upgrade.get(0).reverse().orElseThrow());

        String text = WRITER.revision("add nickname", List.of("a1"), upgrade, downgrade).text();

        assertThat(text).contains("""
                // COMPATIBLE (additive only): code without this revision keeps serving once it is applied.
                @Revision(
                """);
    }

    @Test
    void writesAMergeRevisionWithSeveralParentsAndEmptyBodies() {
        RevisionSource merge = WRITER.merge("merge heads", List.of("a1b2c3d4e5f6", "b2c3d4e5f6a7"));

        assertThat(merge.text()).isEqualTo("""
                package com.example.migrations;

                import io.strata.migrations.operations.Ops;
                import io.strata.migrations.revision.Migration;
                import io.strata.migrations.revision.Revision;

                @Revision(
                        id = "3f2a9c1b7d40",
                        parents = {"a1b2c3d4e5f6", "b2c3d4e5f6a7"},
                        message = "merge heads",
                        created = "2026-11-21T12:00:41Z")
                public final class V20261121_1200_MergeHeads implements Migration {

                    @Override
                    public void upgrade(Ops ops) {
                        // no schema changes
                    }

                    @Override
                    public void downgrade(Ops ops) {
                        // no schema changes
                    }
                }
                """);
        assertThatThrownBy(() -> WRITER.merge("merge", List.of("a1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two heads");
    }

    @Test
    void classNamesComeFromTheMessageAndStringsAreEscaped() {
        RevisionWriter writer = RevisionWriter.forPackage("m").withClock(CLOCK).withIds(() -> "abc");

        assertThat(writer.revision("Añadir  tiendas: v2!", List.of(), List.of(), List.of()).className())
                .isEqualTo("V20261121_1200_AnadirTiendasV2");
        assertThat(writer.revision("", List.of(), List.of(), List.of()).className()).isEqualTo("V20261121_1200_Revision");
        assertThat(writer.revision("say \"hi\" \\ ok", List.of(), List.of(), List.of()).text())
                .contains("message = \"say \\\"hi\\\" \\\\ ok\",");
        assertThat(RevisionWriter.randomId()).matches("[0-9a-f]{12}");
        assertThatThrownBy(() -> RevisionWriter.forPackage("com.example-app.migrations"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Java package name");
    }

    @Test
    void writeToCreatesThePackageDirectoryAndNeverOverwrites(@TempDir Path dir) throws IOException {
        RevisionSource source = WRITER.revision("add stores", List.of(), SchemaDiff.between(FROM, TO));

        Path file = source.writeTo(dir.resolve("src/main/java"));

        assertThat(file).isEqualTo(dir.resolve("src/main/java/com/example/migrations/V20261121_1200_AddStores.java"));
        assertThat(Files.readString(file)).isEqualTo(source.text());
        assertThatThrownBy(() -> source.writeTo(dir.resolve("src/main/java")))
                .isInstanceOf(RevisionWriteException.class)
                .hasMessageContaining("already exists and is never overwritten")
                .satisfies(e -> assertThat(((RevisionWriteException) e).file()).isEqualTo(file));
        assertThat(Files.readString(file)).isEqualTo(source.text());
    }
}
