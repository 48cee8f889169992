package io.strata.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.strata.core.Database;
import io.strata.testing.TestDatabase;

/**
 * Runs a {@code main} class as a real process, as a user runs {@code app db …}: a working directory,
 * exactly the Strata variables given (the test JVM's are removed), the test class path or a changed
 * one, and logging as an application without a logging configuration has it (slf4j-simple at INFO,
 * Hibernate's jboss-logging choosing its backend itself).
 */
public final class CliProcess {

    private final String mainClass;
    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private List<String> classPath = testClassPath();
    private final List<String> jvmOptions = new ArrayList<>();

    private CliProcess(String mainClass, Path dir) {
        this.mainClass = mainClass;
        this.dir = dir;
    }

    /** A process running {@code mainClass} in {@code dir}. */
    public static CliProcess of(Class<?> mainClass, Path dir) {
        return new CliProcess(mainClass.getName(), dir);
    }

    /** Sets an environment variable. */
    public CliProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Sets these environment variables. */
    public CliProcess env(Map<String, String> variables) {
        env.putAll(variables);
        return this;
    }

    /** Leaves out the class path entries that match (e.g. a JDBC driver's jar). */
    public CliProcess without(Predicate<String> entry) {
        classPath = classPath.stream().filter(entry.negate()).toList();
        return this;
    }

    /** Adds options for the JVM, e.g. {@code -XX:SharedArchiveFile=db.jsa}. */
    public CliProcess jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Puts this entry (a jar or directory) first on the class path. */
    public CliProcess prepend(Path entry) {
        classPath = Stream.concat(Stream.of(entry.toString()), classPath.stream()).toList();
        return this;
    }

    /** The test JVM's class path, one entry per element. */
    public static List<String> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }

    /** What one process did. */
    public record Run(int exitCode, String out, String err) {

        /** Stdout with every duration ({@code 12 ms}) written {@code N ms}, to compare whole outputs. */
        public String outWithoutTimes() {
            return out.replaceAll("\\b\\d+ ms\\b", "N ms");
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Runs it with these arguments and waits (at most two minutes); the test password must not appear. */
    public Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                // As the getting-started guide runs a class path: on JDK 22+ the SQLite driver's native
                // library is loaded without the JVM's four-line restricted-method warning.
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath.stream().collect(Collectors.joining(File.pathSeparator)), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove(Database.ENV_URL);
        builder.environment().remove(Database.ENV_MODELS);
        builder.environment().remove(Database.ENV_MIGRATIONS);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("db " + String.join(" ", args) + " finished").isTrue();
        try {
            Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
            assertThat(run.out() + run.err()).as(run.toString()).doesNotContain(TestDatabase.PASSWORD);
            return run;
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
