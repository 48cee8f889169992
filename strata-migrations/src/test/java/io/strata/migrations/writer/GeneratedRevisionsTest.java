package io.strata.migrations.writer;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Revisions written for diffs compile, replay to the models, and run through the {@link Migrator}
 * up, down and up again on real databases.
 */
class GeneratedRevisionsTest {

    /** author (key, index), book (key, unique, index, check), review → book, tag. */
    static final Schema V1 = RevisionWriterTest.schema(ops -> ops
            .createTable("author", t -> t
                    .column("id", integer(), c -> c.autoIncrement())
                    .column("name", varchar(100), c -> c.notNull())
                    .column("bio", varchar(500))
                    .primaryKey("pk_author", "id")
                    .index("ix_author_name", "name"))
            .createTable("book", t -> t
                    .column("id", integer(), c -> c.autoIncrement())
                    .column("author_id", integer(), c -> c.notNull())
                    .column("title", varchar(100), c -> c.notNull())
                    .column("isbn", varchar(20))
                    .column("quantity", integer(), c -> c.notNull().serverDefault("0"))
                    .column("status", varchar(20), c -> c.serverDefault("'draft'"))
                    .primaryKey("pk_book", "id")
                    .foreignKey("fk_book_author_id_author", "author_id", "author", "id")
                    .unique("uq_book_isbn", "isbn")
                    .index("ix_book_title", "title")
                    .check("ck_book_quantity", "quantity >= 0"))
            .createTable("review", t -> t
                    .column("id", integer(), c -> c.notNull())
                    .column("book_id", integer(), c -> c.notNull())
                    .primaryKey("pk_review", "id")
                    .foreignKey("fk_review_book_id_book", "book_id", "book", "id"))
            .createTable("tag", t -> t
                    .column("name", varchar(30), c -> c.notNull())
                    .column("author_id", integer(), c -> c.notNull())
                    .primaryKey("pk_tag", "name")));

    /** Every kind of operation the diff produces, renames by hint included. */
    static final Schema V2 = apply(V1, ops -> ops
            .renameTable("tag", "label")
            .renameConstraint("author", "pk_author", "pk_writer", ConstraintKind.PRIMARY_KEY)
            .renameIndex("author", "ix_author_name", "ix_writer_name")
            .dropConstraint("pk_tag", "label", ConstraintKind.PRIMARY_KEY)
            .createPrimaryKey("pk_tag", "label", "name", "author_id")
            .dropTable("review")
            .createTable("store", t -> t
                    .column("id", bigint(), c -> c.notNull())
                    .column("book_id", integer())
                    .column("name", varchar(50), c -> c.notNull().serverDefault("'main'"))
                    .primaryKey("pk_store", "id")
                    .foreignKey("fk_store_book_id_book", fk -> fk.columns("book_id").references("book", "id")
                            .onDelete(ReferentialAction.CASCADE))
                    .unique("uq_store_name", "name")
                    .index("ix_store_book_id", "book_id")
                    .check("ck_store_name", "name <> ''"))
            .addColumn("book", "pages", integer(), c -> c.notNull().serverDefault("1"))
            .dropColumn("author", "bio")
            .alterColumn("book", "title", a -> a.type(varchar(200)))
            .alterColumn("book", "status", a -> a.dropServerDefault().notNull())
            .alterColumn("book", "quantity", a -> a.rename("stock"))
            .dropIndex("ix_book_title", "book")
            .createIndex("ix_book_author_id_title", "book", "author_id", "title")
            .dropConstraint("uq_book_isbn", "book", ConstraintKind.UNIQUE)
            .createUniqueConstraint("uq_author_name", "author", "name")
            .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
            .createForeignKey("fk_book_author_id_author", "book", fk -> fk.columns("author_id")
                    .references("author", "id").onDelete(ReferentialAction.CASCADE))
            .createCheckConstraint("ck_book_pages", "book", "pages > 0"));

    static final DiffOptions HINTS = DiffOptions.defaults().renameTable("tag", "label").renameColumn("book", "quantity", "stock");

    private static Schema apply(Schema schema, java.util.function.Consumer<io.strata.migrations.operations.Ops> change) {
        io.strata.migrations.operations.Ops ops = new io.strata.migrations.operations.Ops();
        change.accept(ops);
        Schema result = schema;
        for (var op : ops.operations()) {
            result = op.applyTo(result);
        }
        return result;
    }

    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.H2})
    void generatedRevisionsCompileReplayToTheModelsAndRunUpDownAndUp(DbKind kind, TestDatabase db, @TempDir Path dir) throws Exception {
        String pkg = "gen" + kind.name().toLowerCase(Locale.ROOT) + ".migrations";
        List<RevisionSource> sources = writeRevisions(pkg, dir.resolve("src"));
        assertThat(sources.get(1).text()).as("names that alone change are renamed")
                .contains("ops.renameConstraint(\"author\", \"pk_author\", \"pk_writer\", ConstraintKind.PRIMARY_KEY);")
                .contains("ops.renameIndex(\"author\", \"ix_author_name\", \"ix_writer_name\");");

        RevisionSet revisions = RevisionSet.ofClasses(load(compile(sources, dir.resolve("src"), dir.resolve("classes")),
                sources));

        assertThat(revisions.graph().heads()).containsExactly("d4merge");
        assertThat(SchemaComparison.between(revisions.schemaAtHeads(), V2).report()).isEmpty();
        DiffOptions asStored = DiffOptions.defaults().ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                .ignoringRepresentationOf(kind.name().toLowerCase(Locale.ROOT));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();

            migrator.upgrade("head");
            assertThat(differences(V2, db, asStored)).as("after upgrade").isEmpty();
            migrator.downgrade("a1first");
            assertThat(differences(V1, db, asStored)).as("after downgrade to the first").isEmpty();
            migrator.downgrade("base");
            assertThat(differences(Schema.empty(), db, asStored)).as("after downgrade to base").isEmpty();
            migrator.upgrade("head");
            assertThat(differences(V2, db, asStored)).as("after upgrading again").isEmpty();
            assertThat(migrator.current()).containsExactly("d4merge");
        }
    }

    /** a1 creates v1; b2 turns it into v2; c3 is an empty revision on another branch; d4 merges them. */
    private static List<RevisionSource> writeRevisions(String pkg, Path src) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        List<RevisionSource> sources = List.of(
                RevisionWriter.forPackage(pkg).withClock(clock).withIds(() -> "a1first")
                        .revision("create the bookstore", List.of(), SchemaDiff.between(Schema.empty(), V1)),
                RevisionWriter.forPackage(pkg).withClock(clock).withIds(() -> "b2change")
                        .revision("change everything", List.of("a1first"), SchemaDiff.between(V1, V2, HINTS)),
                RevisionWriter.forPackage(pkg).withClock(clock).withIds(() -> "c3empty")
                        .revision("nothing on a branch", List.of("a1first"), SchemaDiff.between(V1, V1)),
                RevisionWriter.forPackage(pkg).withClock(clock).withIds(() -> "d4merge")
                        .merge("merge heads", List.of("b2change", "c3empty")));
        sources.forEach(s -> s.writeTo(src));
        return sources;
    }

    static Path compile(List<RevisionSource> sources, Path src, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath(), "-Xlint:all", "-Werror"));
        sources.forEach(s -> args.add(src.resolve(s.relativePath()).toString()));
        StringWriter errors = new StringWriter();
        int status = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }, true), args.toArray(String[]::new));
        assertThat(errors.toString()).as("compiler output").isEmpty();
        assertThat(status).isZero();
        return classes;
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    static List<Class<?>> load(Path classes, List<RevisionSource> sources) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedRevisionsTest.class.getClassLoader());
        List<Class<?>> loaded = new ArrayList<>();
        for (RevisionSource s : sources) {
            loaded.add(loader.loadClass(s.qualifiedName()));
        }
        return loaded;
    }

    static String differences(Schema expected, TestDatabase db, DiffOptions options) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaComparison.between(expected, SchemaInspector.create().inspect(c), options).report();
        }
    }
}
