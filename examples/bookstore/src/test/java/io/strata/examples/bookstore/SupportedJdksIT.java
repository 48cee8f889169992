package io.strata.examples.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged jar as the README starts it ({@code java -XX:SharedArchiveFile=bookstore.jsa -jar
 * bookstore.jar}) on every JDK installed beside the one that built it (the JDKs under the parent of
 * {@code java.home}, e.g. {@code /usr/lib/jvm}: OpenJDK 17 and Temurin 25 on the CI machine). The
 * class-data archive fits only the JDK that trained it: on another JDK the JVM warns and starts without
 * it, and the bookstore must still start, migrate, store and serve. On JDK 22+ the jar's manifest grants the
 * SQLite driver native access, so no restricted-method warning is printed.
 *
 * <p>Runs after {@code package} (failsafe), since it needs the shaded jar.
 */
class SupportedJdksIT {

    private static final Path JAR = Path.of("target", "bookstore.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target", "bookstore.jsa").toAbsolutePath();

    static Stream<Path> jdks() throws IOException {
        Path current = Path.of(System.getProperty("java.home")).toRealPath();
        List<Path> found = new ArrayList<>(List.of(current));
        try (Stream<Path> siblings = Files.list(current.getParent())) {
            siblings.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .map(SupportedJdksIT::realPath)
                    .filter(home -> !found.contains(home))
                    .sorted()
                    .forEach(found::add);
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void the_jar_starts_serves_and_migrates_with_the_build_s_archive(Path jdk, @TempDir Path dir) throws Exception {
        assertThat(JAR).as("the shaded jar (run after package)").exists();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin").resolve("java").toString()));
        if (Files.exists(ARCHIVE)) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = dir.resolve("bookstore.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("DATABASE_URL", "sqlite:///" + dir.resolve("bookstore.db"));
        Process bookstore = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            int ready = awaitReady(http, port, bookstore);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ready).as("readiness of the bookstore on %s; its output:%n%s", jdk, output).isEqualTo(200);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/authors"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada\", \"email\": \"ada@example.org\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> authors = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/authors")).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(authors.statusCode()).isEqualTo(200);
            assertThat(authors.body()).contains("ada@example.org");
            if (javaVersion(jdk) >= 22) {
                assertThat(output).as("native access granted by the manifest").doesNotContain("restricted method");
            }
        } finally {
            bookstore.destroy();
            if (!bookstore.waitFor(20, TimeUnit.SECONDS)) {
                bookstore.destroyForcibly();
            }
        }
    }

    private static int awaitReady(HttpClient http, int port, Process bookstore) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int status = -1;
        while (System.nanoTime() < deadline && bookstore.isAlive()) {
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        return status;
    }

    private static int javaVersion(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.exists(release)) {
            return 0;
        }
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return Integer.parseInt(version.split("[.+-]")[0]);
            }
        }
        return 0;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
