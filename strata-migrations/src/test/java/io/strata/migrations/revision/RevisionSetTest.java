package io.strata.migrations.revision;

import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.strata.migrations.graph.DuplicateRevisionException;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.fixtures.badcreated.BadDate;
import io.strata.migrations.revision.fixtures.notmigration.NotAMigration;
import io.strata.migrations.schema.Column;

class RevisionSetTest {

    @Test
    void scansAPackageForAnnotatedRevisions() {
        RevisionSet set = RevisionSet.scan("io.strata.migrations.runner.chain");
        assertThat(set.size()).isEqualTo(4);
        assertThat(set.graph().heads()).containsExactly("d4");
        MigrationRevision a1 = set.revision("a1");
        assertThat(a1.node().message()).isEqualTo("create author and book");
        assertThat(a1.created()).isEqualTo("2025-01-10T09:00:00Z");
        assertThat(a1.source()).isEqualTo("io.strata.migrations.runner.chain.A1CreateAuthorAndBook");
    }

    @Test
    void scansRecursivelyAndSkipsClassesThatAreNotRevisions() {
        assertThat(RevisionSet.scan("io.strata.migrations.runner").graph().heads()).containsExactly("e5");
    }

    /** Jars from Maven list directories; some tools write only files, which only the slow path finds. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void scansAPackageInsideAJar(boolean withDirectoryEntries, @TempDir Path dir) throws Exception {
        Path jar = dir.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
            if (withDirectoryEntries) {
                for (String d : List.of("io/", "io/strata/", "io/strata/migrations/", "io/strata/migrations/runner/",
                        "io/strata/migrations/runner/chain/")) {
                    out.putNextEntry(new JarEntry(d));
                    out.closeEntry();
                }
            }
            for (String name : List.of("A1CreateAuthorAndBook", "B2AddIsbn", "C3SeedAuthors", "D4Pause")) {
                String entry = "io/strata/migrations/runner/chain/" + name + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(classBytes(entry));
                out.closeEntry();
            }
        }
        ClassLoader isolated = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("io.strata.migrations.runner.chain.")) { // from the jar, not the parent
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> loaded = findLoadedClass(name);
                        return loaded != null ? loaded : findClass(name);
                    }
                }
                return super.loadClass(name, resolve);
            }

            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return findResources(name);
            }
        };
        RevisionSet set = RevisionSet.scan("io.strata.migrations.runner.chain", isolated);
        assertThat(set.graph().heads()).containsExactly("d4");
        assertThat(set.revision("a1").migration().getClass().getClassLoader()).isSameAs(isolated);
    }

    private static byte[] classBytes(String resource) throws IOException {
        try (var in = RevisionSetTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void namesThePackageWhenItHoldsNoRevision() {
        assertThatThrownBy(() -> RevisionSet.scan("io.strata.migrations.revision.fixtures.empty"))
                .isInstanceOfSatisfying(NoRevisionsFoundException.class,
                        e -> assertThat(e.packageName()).isEqualTo("io.strata.migrations.revision.fixtures.empty"))
                .hasMessageContaining("io.strata.migrations.revision.fixtures.empty");
        assertThatThrownBy(() -> RevisionSet.scan("com.example.nowhere")).isInstanceOf(NoRevisionsFoundException.class);
    }

    @Test
    void rejectsAnAnnotatedClassThatIsNotAMigration() {
        assertThatThrownBy(() -> RevisionSet.scan("io.strata.migrations.revision.fixtures.notmigration"))
                .isInstanceOfSatisfying(RevisionLoadException.class,
                        e -> assertThat(e.source()).isEqualTo(NotAMigration.class.getName()))
                .hasMessageContaining("does not implement").hasMessageContaining("implements Migration");
    }

    @Test
    void rejectsAMigrationWithoutAnnotation() {
        assertThatThrownBy(() -> RevisionSet.scan("io.strata.migrations.revision.fixtures.unannotated"))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("Forgotten")
                .hasMessageContaining("no @Revision annotation");
    }

    @Test
    void rejectsDuplicateIdsNamingBothClasses() {
        assertThatThrownBy(() -> RevisionSet.scan("io.strata.migrations.revision.fixtures.duplicate"))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessageContaining("same").hasMessageContaining("duplicate.One").hasMessageContaining("duplicate.Two");
    }

    @Test
    void rejectsACreationDateThatIsNotIso8601() {
        assertThatThrownBy(() -> RevisionSet.ofClasses(BadDate.class))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("14/01/2025")
                .hasMessageContaining("2025-01-14T10:22:31Z");
    }

    @Test
    void rejectsAnInvalidIdNamingTheClass() {
        @Revision(id = "bad-id")
        class Dashed implements Migration {
            @Override public void upgrade(Ops ops) { }
            @Override public void downgrade(Ops ops) { }
        }
        assertThatThrownBy(() -> RevisionSet.ofMigrations(new Dashed()))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("Dashed").hasMessageContaining("bad-id");
    }

    @Test
    void replaysTheSchemaAtAnyRevision() {
        RevisionSet set = RevisionSet.scan("io.strata.migrations.runner.chain");
        assertThat(set.schemaAt("a1").table("book").orElseThrow().column("isbn")).isEmpty();
        assertThat(set.schemaAt("b2").table("book").orElseThrow().column("isbn"))
                .contains(Column.of("isbn", varchar(20)));
        assertThat(set.schemaAt(List.of()).tables()).isEmpty();
        assertThat(set.schemaAtHeads()).isEqualTo(set.schemaAt("d4"));
    }

    @Test
    void buildsASetFromRevisionsDefinedInCode() {
        Migration nothing = new Migration() {
            @Override public void upgrade(Ops ops) { }
            @Override public void downgrade(Ops ops) { }
        };
        RevisionSet set = RevisionSet.of(List.of(MigrationRevision.of(RevisionNode.of("x1"), nothing),
                MigrationRevision.of(RevisionNode.of("x2", "x1"), nothing)));
        assertThat(set.graph().head()).contains("x2");
        assertThat(RevisionSet.empty().size()).isZero();
    }
}
