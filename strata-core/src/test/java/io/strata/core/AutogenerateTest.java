package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.testing.RevisionCompiler;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.graph.MultipleHeadsException;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.writer.RevisionSource;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Autogenerate, merge, check and drift through {@link Database}. */
class AutogenerateTest {

    private static final String LIBRARY = "io.strata.core.test.evolution.s22_add_foreign_key.v2";
    private static final String RENAMED = "io.strata.core.test.evolution.s37_rename_column_hint.v2";
    private static final String RATED = "io.strata.core.test.evolution.s56_add_not_null_column_one_off_default.v2";

    @ParameterizedTest
    @Databases
    void aGeneratedRevisionCompilesAndBringsTheDatabaseToTheModelsAndDriftShowsHandMadeChanges(DbKind kind, TestDatabase server,
            @TempDir Path dir) throws Exception {
        String pkg = "gen.api." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".migrations";
        Path src = dir.resolve("src");
        RevisionSource written;
        try (server) {
            try (Database db = Database.builder().url(server.url()).models(LIBRARY).migrations(pkg).build()) {
                SchemaCheck check = db.check();
                assertThat(check.isEmpty()).isFalse();
                assertThat(check.report()).contains("+ table author", "+ table book", "db migrate");

                GeneratedRevision revision = db.autogenerate("create the library", DiffOptions.defaults(), src);
                assertThat(revision.isEmpty()).isFalse();
                assertThat(revision.parents()).isEmpty();
                assertThat(revision.file()).hasValueSatisfying(f -> assertThat(f).exists().startsWith(src));
                assertThat(revision.summary()).startsWith("Revision " + revision.revisionId().orElseThrow())
                        .contains("+ table book");
                written = revision.source().orElseThrow();
            }
            List<Class<?>> compiled = RevisionCompiler.compileAndLoad(List.of(written), src, dir.resolve("classes"));
            try (Database db = Database.builder().url(server.url()).models(LIBRARY).migrations(pkg)
                    .revisions(RevisionSet.ofClasses(compiled)).build()) {
                assertThat(db.check().report()).startsWith("No differences between the revisions at head "
                        + written.revisionId());
                GeneratedRevision none = db.autogenerate("nothing", DiffOptions.defaults(), src);
                assertThat(none.isEmpty()).isTrue();
                assertThat(none.file()).isEmpty();
                assertThat(none.summary()).startsWith("No changes detected");

                db.upgrade();
                DriftReport drift = db.drift();
                assertThat(drift.isEmpty()).as(drift.report()).isTrue();
                assertThat(drift.versions()).containsExactly(written.revisionId());

                try (Connection c = server.connect(); Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE author ADD extra INTEGER");
                }
                drift = db.drift();
                assertThat(drift.isEmpty()).isFalse();
                assertThat(drift.models().differences()).extracting(Object::toString).containsExactly("- column author.extra");
                assertThat(drift.recorded().orElseThrow().differences()).extracting(Object::toString)
                        .containsExactly("- column author.extra");
                assertThat(drift.report()).contains("the database and the models", "changed outside the revisions");
            }
        }
    }

    @Test
    void dropsThatLookLikeRenamesAreReportedWithTheHintAndHintsMakeThemRenames() {
        try (Database db = Database.builder().url("sqlite://").models(RENAMED).migrations("gen.renames")
                .revisions(RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("r1"), createAuthor())))).build()) {
            GeneratedRevision guessed = db.autogenerate("rename", DiffOptions.defaults());
            assertThat(guessed.likelyRenames()).extracting(Object::toString)
                    .containsExactly("column author.name -> author.full_name");
            assertThat(guessed.dataLossWarnings()).extracting(w -> w.message())
                    .anySatisfy(m -> assertThat(m).contains("author.name"));
            assertThat(guessed.summary()).contains("DATA LOSS:", "LIKELY RENAME:", "--rename author.name=full_name");
            assertThat(guessed.file()).isEmpty();

            GeneratedRevision renamed = db.autogenerate("rename", DiffOptions.defaults().renameColumn("author", "name",
                    "full_name"));
            assertThat(renamed.likelyRenames()).isEmpty();
            assertThat(renamed.dataLossWarnings()).isEmpty();
            assertThat(renamed.source().orElseThrow().text()).contains("rename(\"full_name\")");
        }
    }

    @Test
    void aNotNullColumnWithoutDefaultIsFlaggedAndAOneOffDefaultFillsTheExistingRowsInstead() {
        try (Database db = Database.builder().url("sqlite://").models(RATED).migrations("gen.rated")
                .revisions(RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("r1"), createAuthor())))).build()) {
            GeneratedRevision flagged = db.autogenerate("rate authors", DiffOptions.defaults());
            assertThat(flagged.notNullWithoutDefault()).extracting(m -> m.table() + "." + m.column()).containsExactly("author.rating");
            assertThat(flagged.summary()).contains("NOT NULL without a default: existing rows will fail (adds column"
                    + " author.rating integer not null); give it @ColumnDefault in the model, or a one-off default");
            assertThat(flagged.source().orElseThrow().text()).contains("// NOT NULL without a default: existing rows will fail");

            // README:one_off_default
            GeneratedRevision revision = db.autogenerate("rate authors",
                    DiffOptions.defaults().oneOffDefault("author", "rating", "0"));   // fills the rows there are, then dropped
            // README:end
            assertThat(revision.notNullWithoutDefault()).isEmpty();
            assertThat(revision.oneOffDefaults()).hasSize(1);
            assertThat(revision.summary()).contains("ONE-OFF DEFAULT: 0 fills the existing rows of author.rating, then is dropped")
                    .doesNotContain("NOT NULL without");
            assertThat(revision.source().orElseThrow().text())
                    .contains("ops.addColumn(\"author\", \"rating\", integer(), c -> c.notNull().serverDefault(\"0\"));",
                            "ops.alterColumn(\"author\", \"rating\", a -> a.dropServerDefault());");
            assertThatThrownBy(() -> db.autogenerate("x", DiffOptions.defaults().oneOffDefault("author", "rating", "none")))
                    .isInstanceOf(io.strata.migrations.diff.OneOffDefaultException.class)
                    .hasMessageContaining("give a number");
        }
    }

    @Test
    void severalHeadsAreRefusedNamingThemAndMergeJoinsThem(@TempDir Path dir) {
        RevisionSet branched = RevisionSet.of(List.of(
                MigrationRevision.of(RevisionNode.of("base1"), createAuthor()),
                MigrationRevision.of(RevisionNode.of("left", "base1"), nothing()),
                MigrationRevision.of(RevisionNode.of("right", "base1"), nothing())));
        try (Database db = Database.builder().url("sqlite://").models(RENAMED).migrations("gen.heads")
                .revisions(branched).build()) {
            assertThatThrownBy(() -> db.autogenerate("more", DiffOptions.defaults(), dir))
                    .isInstanceOf(MultipleHeadsException.class)
                    .hasMessageContaining("2 heads (left, right)").hasMessageContaining("db merge");
            assertThat(db.check().subject()).contains("heads left, right");

            GeneratedRevision merge = db.merge("merge heads", dir);
            assertThat(merge.parents()).containsExactly("left", "right");
            assertThat(merge.file()).hasValueSatisfying(f -> assertThat(f).exists());
            assertThat(merge.source().orElseThrow().text()).contains("parents = {\"left\", \"right\"}");

            assertThatThrownBy(() -> db.merge("again", dir, "left")).hasMessageContaining("at least two");
        }
    }

    @Test
    void withoutAMigrationsPackageAutogenerateSaysHowToGiveOne(@TempDir Path dir) throws Exception {
        try (Database db = Database.builder().url("sqlite://").models(LIBRARY).build()) {
            assertThatThrownBy(() -> db.autogenerate("first", DiffOptions.defaults(), dir))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(".migrations(\"com.example.migrations\")")
                    .hasMessageContaining("DB_MIGRATIONS_LOCATION");
            assertThat(db.check().subject()).contains("there are none yet");
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isZero();
        }
    }

    private static Migration createAuthor() {
        return new Migration() {
            @Override
            public void upgrade(Ops ops) {
                ops.createTable("author", t -> t
                        .column("id", ColumnType.bigint(), c -> c.autoIncrement())
                        .column("name", ColumnType.varchar(100), c -> c.notNull())
                        .primaryKey("pk_author", "id"));
            }

            @Override
            public void downgrade(Ops ops) {
                ops.dropTable("author");
            }
        };
    }

    private static Migration nothing() {
        return new Migration() {
            @Override
            public void upgrade(Ops ops) {
            }

            @Override
            public void downgrade(Ops ops) {
            }
        };
    }
}
