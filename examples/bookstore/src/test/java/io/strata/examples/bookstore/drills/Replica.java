package io.strata.examples.bookstore.drills;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;
import io.strata.examples.bookstore.BookstoreSettings;

/**
 * One bookstore replica as a process of its own: {@code java -cp <test class path> <main>} with
 * {@code DATABASE_URL} and {@code PORT=0} (the system picks a free port, read back from the
 * "Bookstore serving http://localhost:PORT/" line). Its standard output and error go to a log file
 * under {@code target/drills/}, kept after the run for whoever reads a failure. Only 127.0.0.1 is
 * ever contacted.
 */
final class Replica implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Bookstore serving http://[^:/]+:(\\d+)/");
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String name;
    private final Process process;
    private final Path log;
    private int port = -1;

    private Replica(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code Bookstore.main} on {@code databaseUrl}. */
    static Replica bookstore(String name, String databaseUrl) {
        return start(name, databaseUrl, Bookstore.class, List.of());
    }

    /** Starts {@code mainClass} (the bookstore's main or a test wrapper of it) with extra JVM options. */
    static Replica start(String name, String databaseUrl, Class<?> mainClass, List<String> jvmOptions) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx256m", "-Dorg.jboss.logging.provider=slf4j"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass.getName()));
        try {
            Path dir = Files.createDirectories(Path.of("target", "drills"));
            Path log = dir.resolve(name + ".log").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(new File(".").getAbsoluteFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.remove(Database.ENV_MODELS);
            env.remove(Database.ENV_MIGRATIONS);
            env.put(Database.ENV_URL, databaseUrl);
            env.put(BookstoreSettings.ENV_PORT, "0");
            return new Replica(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    Process process() {
        return process;
    }

    /** Everything the replica printed so far. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output's lines that match {@code pattern}. */
    List<String> lines(Pattern pattern) {
        return output().lines().filter(l -> pattern.matcher(l).find()).toList();
    }

    /** Waits until the output has a line matching {@code pattern}; fails if the process ends first or time runs out. */
    String awaitLine(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : output().lines().toList()) {
                if (pattern.matcher(line).find()) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before printing a line matching "
                        + pattern + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " printed no line matching " + pattern + " within " + timeout.toSeconds()
                        + " s:\n" + output());
            }
            pause(50);
        }
    }

    /** The port it serves on, once it logged that it serves. */
    int awaitPort(Duration timeout) {
        if (port < 0) {
            Matcher m = SERVING.matcher(awaitLine(SERVING, timeout));
            if (!m.find()) {
                throw new AssertionError("unexpected serving line in " + name);
            }
            port = Integer.parseInt(m.group(1));
        }
        return port;
    }

    /** Waits until {@code /healthz/ready} answers 200 (the replica first logs that it serves, after its sync). */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitPort(timeout);
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = readyStatus(Duration.ofSeconds(10));
            if (last == 200) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            pause(100);
        }
        throw new AssertionError(name + " was not ready within " + timeout.toSeconds() + " s (last /healthz/ready status "
                + last + ", alive " + process.isAlive() + "):\n" + output());
    }

    /** The status of one {@code GET /healthz/ready}, or -1 when it could not be sent or got no answer in time. */
    int readyStatus(Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz/ready"))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL, as a node dying or {@code kill -9}: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        waitFor(10);
    }

    /** Stops it (SIGTERM, then SIGKILL after 10 s). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(10)) {
                process.destroyForcibly();
                waitFor(10);
            }
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
