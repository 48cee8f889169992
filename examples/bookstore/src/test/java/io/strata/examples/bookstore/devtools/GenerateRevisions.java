package io.strata.examples.bookstore.devtools;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;
import io.strata.migrations.diff.SchemaDiff;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.NoRevisionsFoundException;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.writer.RevisionSource;
import io.strata.migrations.writer.RevisionWriter;

/**
 * The developer tool that wrote the bookstore's revisions with Strata's autogenerate, replaying the
 * seed tutorial's three {@code flask db migrate} steps: for each step not captured yet, it diffs the
 * schema the existing revisions replay to against the models as they were at that step (the
 * models' schema with the later tables left out), writes the revision into the source tree with
 * {@link RevisionWriter}, compiles it, and goes on from the new head.
 *
 * <p>Idempotent: steps whose schema some revision already produces are skipped, so with the
 * committed revisions it writes nothing. To regenerate, delete the migrations package's revision
 * classes and run (from the repository root, after {@code mvn -q -B install -DskipTests}):
 *
 * <pre>
 * mvn -q -B -pl examples/bookstore test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=io.strata.examples.bookstore.devtools.GenerateRevisions \
 *     -Dexec.args=src/main/java
 * </pre>
 */
public final class GenerateRevisions {

    /** The models package. */
    public static final String MODELS = Bookstore.MODELS;
    /** The migrations package the revisions are written to. */
    public static final String MIGRATIONS = Bookstore.MIGRATIONS;

    /** The seed's history: each {@code flask db migrate} message and the tables the models had then. */
    public static final List<Step> HISTORY = List.of(
            new Step("create authors", List.of("author")),
            new Step("add books and their author", List.of("author", "book")),
            new Step("add stores and the book to store map", List.of("author", "book", "store", "book_to_store_map")));

    /**
     * One step of the history.
     *
     * @param message the revision's message
     * @param tables the tables of the models at this step
     */
    public record Step(String message, List<String> tables) {

        /** The models' schema as it was at this step: only this step's tables. */
        public Schema schema(Schema models) {
            List<Table> kept = new ArrayList<>();
            for (String name : tables) {
                kept.add(models.table(name).orElseThrow(() -> new IllegalStateException(
                        "the models have no table " + name + "; tables: " + models.tables().stream().map(Table::name).toList())));
            }
            return Schema.of(kept);
        }
    }

    private GenerateRevisions() {
    }

    /** Writes the missing revisions under {@code args[0]} (default {@code src/main/java}, relative to the module). */
    public static void main(String[] args) throws IOException {
        Path sourceDir = Path.of(args.length > 0 ? args[0] : "src/main/java");
        Path classes = Files.createTempDirectory("bookstore-revisions");
        List<RevisionSource> written = generate(modelSchema(), existingRevisions(), RevisionWriter.forPackage(MIGRATIONS),
                sourceDir, classes).written();
        if (written.isEmpty()) {
            System.out.println("Every step of the history is captured by a revision; nothing written.");
        }
        for (RevisionSource source : written) {
            System.out.println("Wrote " + sourceDir.resolve(source.relativePath()) + " (" + source.revisionId()
                    + "): review it, then commit it.");
        }
    }

    /** The schema of the bookstore's models (no database is contacted). */
    public static Schema modelSchema() {
        try (Database db = Database.builder().url("sqlite://").models(MODELS).build()) {
            return db.modelSchema();
        }
    }

    /** The revisions compiled in the migrations package, or none. */
    public static RevisionSet existingRevisions() {
        try {
            return RevisionSet.scan(MIGRATIONS);
        } catch (NoRevisionsFoundException e) {
            return RevisionSet.empty();
        }
    }

    /**
     * What a run wrote.
     *
     * @param written the revisions written, in order
     * @param revisions the revisions given and those written (compiled and loaded)
     */
    public record Generated(List<RevisionSource> written, RevisionSet revisions) {
    }

    /**
     * Writes a revision for every step of {@link #HISTORY} that no revision of {@code revisions} captures,
     * each diffed against the head before it, into {@code sourceDir}; compiles each into {@code classes}.
     */
    public static Generated generate(Schema models, RevisionSet revisions, RevisionWriter writer, Path sourceDir,
            Path classes) {
        List<RevisionSource> written = new ArrayList<>();
        RevisionSet current = revisions;
        for (Step step : HISTORY) {
            Schema target = step.schema(models);
            if (captured(current, target)) {
                continue;
            }
            SchemaDiff diff = SchemaDiff.between(current.schemaAtHeads(), target);
            RevisionSource source = writer.revision(step.message(), current.graph().heads(), diff);
            source.writeTo(sourceDir);
            List<Class<?>> all = new ArrayList<>(current.revisions().stream()
                    .<Class<?>>map(r -> r.migration().getClass()).toList());
            all.add(compile(source, sourceDir, classes));
            current = RevisionSet.ofClasses(all);
            written.add(source);
        }
        return new Generated(written, current);
    }

    /** Whether some revision's replayed schema is exactly {@code target}. */
    private static boolean captured(RevisionSet revisions, Schema target) {
        if (target.tables().isEmpty()) {
            return true;
        }
        return revisions.revisions().stream()
                .anyMatch(r -> SchemaDiff.between(revisions.schemaAt(r.id()), target).isEmpty());
    }

    /** Compiles one revision against strata-migrations and loads it. */
    private static Class<?> compile(RevisionSource source, Path sourceDir, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classPath = classes + java.io.File.pathSeparator + locationOf(Migration.class);
        StringWriter errors = new StringWriter();
        int status = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }, true), "-d", classes.toString(), "-classpath", classPath, "-Xlint:all", "-Werror",
                sourceDir.resolve(source.relativePath()).toString());
        if (status != 0) {
            throw new IllegalStateException("the generated revision " + source.relativePath() + " does not compile:\n" + errors);
        }
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GenerateRevisions.class.getClassLoader());
            return loader.loadClass(source.qualifiedName());
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException("could not load the generated revision " + source.qualifiedName(), e);
        }
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
