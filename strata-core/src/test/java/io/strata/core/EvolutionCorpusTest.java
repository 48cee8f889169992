package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.strata.core.internal.boot.EntityScanner;
import io.strata.core.internal.schema.ModelSchema;
import io.strata.core.internal.database.DatabaseTypes;
import io.strata.core.testing.RevisionCompiler;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;
import io.strata.testing.TestDatabase;

/**
 * The autogenerate corpus: for each scenario of {@link Evolutions}, revisions generated from the
 * models (v1 from nothing, then v1 → v2, rename hints applied) compile, replay to the models, and on
 * each database upgrade to exactly what {@code createAll()} makes of v2 and downgrade to exactly v1,
 * keeping the rows of the columns the change leaves alone; Hibernate's schema validation accepts both
 * v2 databases, and the revisions are the same source whichever of the four URLs generated them.
 *
 * <p>Each model version is booted once (boot model only), each scenario's revisions generated and
 * compiled once, and one database per kind serves every scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvolutionCorpusTest {

    private static final Path WORK = Path.of("target", "evolution-corpus");

    private final Map<String, List<Class<?>>> modelsByPackage = EntityScanner.scan(
            List.of("io.strata.core.test.evolution"), EvolutionCorpusTest.class.getClassLoader()).stream()
            .collect(Collectors.groupingBy(c -> c.getPackageName()));
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Map<String, Generated> generated = new HashMap<>();
    @RegisterExtension
    final SharedDatabases<TestDatabase> servers = SharedDatabases.plain();

    /** A scenario's models and compiled revisions: r1 creates v1, r2 turns it into v2. */
    record Generated(Schema v1, Schema v2, RevisionSet revisions, String r1, String r2) {
    }

    Stream<Arguments> runs() {
        return scenarios().flatMap(e -> Stream.of(DbKind.values()).map(kind -> Arguments.of(e, kind)));
    }

    /** Every scenario, or those whose names start with the system property {@code corpus} (e.g. {@code -Dcorpus=s4}). */
    Stream<Evolution> scenarios() {
        String only = System.getProperty("corpus", "");
        return Evolutions.all().stream().filter(e -> e.name().startsWith(only));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void generatedRevisionsUpgradeToCreateAllAndDowngradeKeepingRows(Evolution e, DbKind kind) throws Exception {
        Generated g = generate(e);
        TestDatabase server = servers.get(kind);
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
        DiffOptions asStored = DiffOptions.defaults().ignoringTables(Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE))
                .ignoringRepresentationOf(dialect.name());
        clean(server, dialect);
        try {
            Migrator migrator = Migrator.builder().connections(server::connect).revisions(g.revisions()).build();

            migrator.upgrade(g.r1());
            Schema first = inspect(server);
            assertSame(g.v1(), first, asStored, "v1 made by its generated revision, against the v1 models");
            execute(server, e.seed());
            List<List<String>> kept = e.keepV1() == null ? List.of() : query(server, e.keepV1());

            migrator.upgrade(g.r2());
            Schema upgraded = inspect(server);
            assertSame(g.v2(), upgraded, asStored, "upgraded to v2, against the v2 models");
            assertHibernateValidates(server, e.to(), "the database the upgrade built");
            if (e.keepV2() != null) {
                assertThat(query(server, e.keepV2())).as("rows kept by the upgrade").isEqualTo(kept);
            }
            execute(server, e.insertV2());
            if (e.expectQuery() != null) {
                assertThat(query(server, e.expectQuery())).as(e.expectQuery()).isEqualTo(e.expectRows());
            }

            migrator.downgrade(g.r1());
            assertSame(first, inspect(server), asStored, "downgraded to v1, against v1 as first created");
            if (e.keepV1() != null) {
                assertThat(query(server, e.keepV1())).as("rows kept by the downgrade").containsAll(kept);
            }

            clean(server, dialect);
            execute(server, dialect.renderAll(SchemaPlan.of(dialect).createAll(g.v2()), Schema.empty()));
            assertSame(inspect(server), upgraded, asStored, "upgraded to v2, against createAll() of v2");
            assertHibernateValidates(server, e.to(), "the database createAll() built");
        } finally {
            clean(server, dialect);
        }
    }

    /**
     * The neutral schema does not depend on the URL: each scenario's two revisions, generated from the
     * models booted for each of the four databases, are the same source text as those generated with
     * an {@code h2:} URL (ids and times fixed so that only the operations can differ).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void generatedRevisionsAreTheSameWhicheverUrlGeneratesThem(Evolution e) {
        List<String> expected = sources(e, "h2");
        for (DbKind kind : DbKind.values()) {
            String url = kind.name().toLowerCase(Locale.ROOT);
            assertThat(sources(e, url)).as("revisions generated with a " + url + ": URL").isEqualTo(expected);
        }
    }

    /** r1 and r2 of a scenario as written from the models booted for a database. */
    private List<String> sources(Evolution e, String database) {
        Schema v1 = ModelSchema.offline(DatabaseTypes.named(database), modelsByPackage.get(e.from()));
        Schema v2 = ModelSchema.offline(DatabaseTypes.named(database), modelsByPackage.get(e.to()));
        RevisionWriter writer = RevisionWriter.forPackage("gen." + e.name() + ".migrations")
                .withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).withIds(() -> "r");
        return List.of(writer.revision("create", List.of(), SchemaDiff.between(Schema.empty(), v1)).text(),
                writer.revision("evolve", List.of("r"), SchemaDiff.between(v1, v2, e.hints())).text());
    }

    /** Generates r1 (nothing → v1) and r2 (v1 → v2) as autogenerate does, writes and compiles them. */
    private synchronized Generated generate(Evolution e) {
        return generated.computeIfAbsent(e.name(), name -> {
            Schema v1 = schema(e.from());
            Schema v2 = schema(e.to());
            Path dir = clear(WORK.resolve(name));
            Path src = dir.resolve("src");
            String pkg = "gen." + name + ".migrations";

            GeneratedRevision r1 = revisions(v1, RevisionSet.empty(), pkg).autogenerate("create " + name, DiffOptions.defaults());
            assertThat(r1.isEmpty()).isFalse();
            RevisionSource r1Source = r1.writeTo(src).source().orElseThrow();
            RevisionSet afterR1 = RevisionSet.ofClasses(
                    RevisionCompiler.compileAndLoad(List.of(r1Source), src, dir.resolve("classes1")));

            GeneratedRevision r2 = revisions(v2, afterR1, pkg).autogenerate("evolve " + name, e.hints());
            assertThat(r2.isEmpty()).as("changes detected").isFalse();
            assertThat(r2.parents()).containsExactly(r1Source.revisionId());
            RevisionSource r2Source = r2.writeTo(src).source().orElseThrow();
            if (name.contains("index")) {
                assertThat(r2Source.text()).as("an index on an existing table takes the non-transactional lane")
                        .contains("Concurrently(").contains("// concurrently:");
            }
            RevisionSet both = RevisionSet.ofClasses(
                    RevisionCompiler.compileAndLoad(List.of(r1Source, r2Source), src, dir.resolve("classes2")));
            assertOneRebuildPerTable(both, r1Source.revisionId(), r2Source.revisionId());

            assertThat(revisions(v2, both, pkg).check().report()).as("check after generating")
                    .startsWith("No differences");
            assertThat(revisions(v2, both, pkg).autogenerate("again", DiffOptions.defaults()).isEmpty()).as("nothing left to generate")
                    .isTrue();
            return new Generated(v1, v2, both, r1Source.revisionId(), r2Source.revisionId());
        });
    }

    /**
     * SQLite rebuilds a table once for consecutive operations on it (issue 12): no two rebuilds of one
     * table follow each other. A table rebuilt again after another table's rebuild (a foreign key dropped
     * before a referenced table is renamed and created after it) is a separate step.
     */
    private static void assertOneRebuildPerTable(RevisionSet revisions, String r1, String r2) {
        Migrator sqlite = Migrator.offline(Dialects.byName("sqlite"), revisions);
        for (List<String> script : List.of(sqlite.upgradeSql(r1, r2).statements(), sqlite.downgradeSql(r2, r1).statements())) {
            List<String> rebuilds = script.stream().filter(sql -> sql.startsWith("CREATE TABLE _strata_tmp_")).toList();
            for (int i = 1; i < rebuilds.size(); i++) {
                assertThat(rebuilds.get(i)).as("SQLite rebuilds in one revision: %s", rebuilds).isNotEqualTo(rebuilds.get(i - 1));
            }
        }
    }

    private static ModelRevisions revisions(Schema models, RevisionSet revisions, String pkg) {
        Migrator offline = Migrator.offline(Dialects.byName("h2"), revisions);
        return new ModelRevisions(() -> models, () -> offline, pkg, "h2", null);
    }

    private Schema schema(String pkg) {
        return schemas.computeIfAbsent(pkg, p -> {
            List<Class<?>> classes = modelsByPackage.get(p);
            assertThat(classes).as("models in " + p).isNotNull();
            return ModelSchema.offline(DatabaseTypes.named("h2"), classes);
        });
    }

    /** Hibernate's {@code hbm2ddl.auto=validate} accepts the live schema for the models (Strata's start-up option). */
    private static void assertHibernateValidates(TestDatabase server, String models, String what) {
        try (Database db = Database.builder().url(server.url()).models(models).validateSchema(true).build()) {
            assertThat(db.modelSchema().tables()).as(what + " validated by Hibernate").isNotEmpty();
        }
    }

    private static void assertSame(Schema expected, Schema actual, DiffOptions options, String what) {
        assertThat(SchemaComparison.between(expected, actual, options).report()).as(what).isEmpty();
    }

    private static Schema inspect(TestDatabase server) throws SQLException {
        try (Connection c = server.connect()) {
            return SchemaInspector.create().inspect(c);
        }
    }

    /** Drops every table (the version table too), whatever the foreign keys between them. */
    private static void clean(TestDatabase server, Dialect dialect) throws SQLException {
        Schema live = inspect(server);
        if (!live.tables().isEmpty()) {
            execute(server, dialect.renderAll(SchemaPlan.of(dialect).dropAll(live), live));
        }
    }

    private static void execute(TestDatabase server, List<String> statements) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  while executing: " + sql, e);
                }
            }
        }
    }

    private static List<List<String>> query(TestDatabase server, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = server.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Path clear(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
