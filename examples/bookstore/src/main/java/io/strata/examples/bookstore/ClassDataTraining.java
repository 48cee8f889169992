package io.strata.examples.bookstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the class-data sharing archive the build writes ({@code bookstore.jsa}): run as
 * {@code java -XX:ArchiveClassesAtExit=bookstore.jsa -jar bookstore.jar train}, it starts the bookstore
 * twice on a temporary SQLite file (the first start creates the schema and loads the sample data, the
 * second finds them), answers a few requests, and returns; the JVM then archives every class it loaded,
 * so that later starts map them instead of loading and verifying them again.
 */
final class ClassDataTraining {

    /** The requests answered in training: readiness and one of each kind of page. */
    private static final List<String> PATHS = List.of("healthz/ready", "healthz/live", "authors", "authors/1",
            "books", "stores", "");

    private ClassDataTraining() {
    }

    /** Runs the training as {@code bookstore.jar train} does: the exit code, 1 with the reason on stderr when it failed. */
    static int runAsCommand() {
        try {
            run();
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("The bookstore's training run failed: " + e);
            return 1;
        }
    }

    /** Runs the training; a failure is an exception (the build then fails and says why). */
    static void run() throws IOException {
        Path dir = Files.createTempDirectory("bookstore-training");
        try {
            String url = "sqlite:///" + dir.resolve("bookstore.db").toAbsolutePath();
            for (int start = 0; start < 2; start++) {
                try (Bookstore bookstore = Bookstore.start(new BookstoreSettings(url, "127.0.0.1", 0))) {
                    for (String path : PATHS) {
                        int status = get(bookstore.url() + path);
                        if (status >= 500) {
                            throw new IllegalStateException("Training: GET /" + path + " answered " + status + ".");
                        }
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(ClassDataTraining::delete);
            }
        }
    }

    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
