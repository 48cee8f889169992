package io.strata.examples.bookstore.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium, run as a process per page: {@link #dumpDom(String)} gives the DOM after the page
 * loaded, as the browser parsed it; {@link #screenshot} saves what a window of a given size shows. Found as
 * {@code $CHROMIUM} or on the PATH ({@code chromium}, {@code chromium-browser}, {@code google-chrome}); when missing, tests fail under {@code CI=true}
 * and are skipped otherwise, saying how to install it.
 */
public final class Chromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The browser, or a failed (CI) or skipped (elsewhere) test when it is not installed. */
    public static Chromium require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "Chromium is not installed (looked for $CHROMIUM and " + NAMES + " on the PATH)."
                    + " Install it with 'bash .ci/setup-chromium' (apt-get install -y chromium).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + message);
            }
            Assumptions.abort(message);
        }
        return new Chromium(found.get());
    }

    private static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The serialized DOM of the page at {@code url}, once loaded. */
    public String dumpDom(String url) {
        return run(url, List.of("--dump-dom"), (profile, out) -> Files.readString(out, StandardCharsets.UTF_8));
    }

    /**
     * Saves a PNG of the page at {@code url} as a window {@code width} by {@code height} pixels shows it, to
     * {@code file} (its directory is created); returns the file.
     */
    public Path screenshot(String url, Path file, int width, int height) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = file.toAbsolutePath();
        return run(url, List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + target),
                (profile, out) -> Files.size(target) > 0 ? target : null);
    }

    private interface Output<T> {
        T read(Path profile, Path stdout) throws IOException;
    }

    /** Runs the browser on {@code url} with these options; an empty result is a failure, reported with its stderr. */
    private <T> T run(String url, List<String> options, Output<T> output) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("bookstore-chromium");
            Path out = profile.resolve("stdout.txt");
            Path err = profile.resolve("stderr.txt");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile.resolve("profile")));
            command.addAll(options);
            command.add(url);
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish loading " + url + " within 90 s");
            }
            T result = process.exitValue() == 0 ? output.read(profile, out) : null;
            if (result == null || result.toString().isBlank()) {
                throw new AssertionError("Chromium exited with " + process.exitValue() + " on " + url + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
