package io.strata.cli;

import static io.strata.cli.Fixtures.MIGRATIONS;
import static io.strata.cli.Fixtures.R2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.cli.testing.CliProcess;
import io.strata.core.Database;

/**
 * The README's class-data sharing recipe for the command line: a training run of one {@code db} command with
 * {@code -XX:ArchiveClassesAtExit} writes an archive, and the next commands run with
 * {@code -XX:SharedArchiveFile}, taking Strata's classes from it. The JVM archives classes from jars only, so
 * the class path's directories (these modules' classes) are packed into jars first, as an application's are.
 */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aTrainingRunWritesAnArchiveTheNextCommandsLoadStrataFrom() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String entry : CliProcess.testClassPath()) {
            if (Files.isDirectory(Path.of(entry))) {
                jars.add(jar(Path.of(entry)));
            }
        }
        Path archive = dir.resolve("db.jsa");

        CliProcess.Run training = app(jars).jvm("-XX:ArchiveClassesAtExit=" + archive).run("upgrade");
        assertThat(training.exitCode()).as(training.toString()).isZero();
        assertThat(archive).isNotEmptyFile();

        Path classLog = dir.resolve("classes.log");
        CliProcess.Run current = app(jars).jvm("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + classLog)
                .run("current");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo(R2 + " (head)" + System.lineSeparator());
        List<String> strata = Files.readAllLines(classLog).stream().filter(line -> line.contains(" io.strata.")).toList();
        assertThat(strata).as("Strata's classes, loaded").isNotEmpty();
        assertThat(strata.stream().filter(line -> line.contains("source: shared objects file")))
                .as("Strata's classes taken from the archive").hasSizeGreaterThan(strata.size() * 3 / 4);
    }

    /** The command line over the test class path with its directories replaced by these jars. */
    private CliProcess app(List<Path> jars) {
        CliProcess app = CliProcess.of(StrataCli.class, dir).without(entry -> Files.isDirectory(Path.of(entry)))
                .env(Database.ENV_URL, "sqlite:///app.db").env(Database.ENV_MIGRATIONS, MIGRATIONS);
        jars.forEach(app::prepend);
        return app;
    }

    /** The directory's files in a jar of their own. */
    private Path jar(Path classes) throws IOException {
        Path jar = Files.createTempFile(dir, "classes", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
