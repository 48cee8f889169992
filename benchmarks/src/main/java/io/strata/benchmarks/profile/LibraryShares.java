package io.strata.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a server's CPU went, by library: reads an async-profiler CPU profile in collapsed form (one stack
 * per line, root first, then its sample count) and charges each stack to the library of its leaf-most
 * frame outside the JDK, so the JDK's and the kernel's work counts for the library that asked for it (a
 * socket write for Jetty, a lock wait for the pool that parked). Stacks with no library frame are the
 * JIT compilers, the garbage collector, or the JVM's own threads.
 *
 * <p>Given the CPU each request cost (what {@code http-cpu.sh} prints), the shares are also given in
 * microseconds a request, which compares the bookstore with its twin line by line. Strata's own frames
 * (outside the example applications) are then listed by leaf, the part of the gap the library itself spends.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.strata.benchmarks.profile.LibraryShares /tmp/books.collapsed 198.8
 * }</pre>
 */
public final class LibraryShares {

    /** Package prefixes (as profile frames spell them) and the library each belongs to; first match wins. */
    private static final List<Map.Entry<String, String>> LIBRARIES = List.of(
            Map.entry("io/strata/examples/", "the bookstore's own code"),
            Map.entry("io/strata/benchmarks/", "the twin's own code"),
            Map.entry("io/strata/", "Strata"),
            Map.entry("org/hibernate/", "Hibernate"),
            Map.entry("jakarta/persistence/", "Hibernate"),
            Map.entry("org/sqlite/", "JDBC driver (SQLite's, with SQLite itself)"),
            Map.entry("org/postgresql/", "JDBC driver"),
            Map.entry("org/mariadb/", "JDBC driver"),
            Map.entry("com/zaxxer/hikari/", "HikariCP"),
            Map.entry("io/javalin/", "Javalin and Jetty"),
            Map.entry("org/eclipse/jetty/", "Javalin and Jetty"),
            Map.entry("kotlin/", "Javalin and Jetty"),
            Map.entry("com/fasterxml/jackson/", "Jackson"),
            Map.entry("org/slf4j/", "logging"));
    private static final List<String> JDK = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/");
    private static final String STRATA = "Strata";

    private LibraryShares() {
    }

    /** {@code <collapsed profile> [µs of CPU per request]}: prints the shares. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LibraryShares <collapsed profile> [microseconds of CPU per request]");
            System.exit(2);
        }
        Path profile = Path.of(args[0]);
        if (!Files.isRegularFile(profile)) {
            System.err.println("LibraryShares: no profile at " + profile + " (PROFILE=<file> benchmarks/http-cpu.sh … writes one)");
            System.exit(2);
        }
        double perRequest = args.length == 2 ? Double.parseDouble(args[1]) : Double.NaN;
        Map<String, Long> byLibrary = new LinkedHashMap<>();
        Map<String, Long> strataLeaves = new LinkedHashMap<>();
        long total = 0;
        try (Stream<String> lines = Files.lines(profile)) {
            for (String line : (Iterable<String>) lines::iterator) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                long samples = Long.parseLong(line.substring(space + 1).strip());
                String[] frames = line.substring(0, space).split(";");
                total += samples;
                int leaf = leafLibraryFrame(frames);
                String library = leaf >= 0 ? library(frames[leaf]) : withoutLibrary(frames);
                byLibrary.merge(library, samples, Long::sum);
                if (STRATA.equals(library)) {
                    strataLeaves.merge(frames[leaf], samples, Long::sum);
                }
            }
        }
        if (total == 0) {
            System.err.println("LibraryShares: " + args[0] + " holds no samples");
            System.exit(1);
        }
        System.out.printf("%,d samples of %s, charged to the leaf-most frame outside the JDK:%n", total, args[0]);
        print(byLibrary, total, perRequest, "  ");
        if (!strataLeaves.isEmpty()) {
            System.out.println("Strata's share by frame:");
            print(strataLeaves, total, perRequest, "    ");
        }
    }

    private static void print(Map<String, Long> samples, long total, double perRequest, String indent) {
        List<Map.Entry<String, Long>> shown = samples.entrySet().stream()
                .filter(e -> e.getValue() * 1000 >= total) // below 0.1% is noise
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .toList();
        int width = shown.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
        for (Map.Entry<String, Long> e : shown) {
            double share = 100.0 * e.getValue() / total;
            String micros = Double.isNaN(perRequest) ? "" : String.format("  %6.1f us a request", share * perRequest / 100);
            System.out.printf("%s%-" + width + "s  %5.1f%%%s%n", indent, e.getKey(), share, micros);
        }
    }

    /** The index of the leaf-most frame that belongs to a known library, or -1. */
    private static int leafLibraryFrame(String[] frames) {
        for (int i = frames.length - 1; i >= 0; i--) {
            if (library(frames[i]) != null) {
                return i;
            }
        }
        return -1;
    }

    private static String library(String frame) {
        for (Map.Entry<String, String> library : LIBRARIES) {
            if (frame.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        return null;
    }

    /** A stack with no library frame: the JIT compilers, the collector, or the JVM and JDK themselves. */
    private static String withoutLibrary(String[] frames) {
        for (String frame : frames) {
            if (frame.startsWith("CompileBroker::") || frame.contains("Compiler::compile")) {
                return "JIT compilers";
            }
        }
        for (String frame : frames) {
            if (frame.startsWith("G1") || frame.contains("GCTask") || frame.startsWith("WorkerThread::")) {
                return "garbage collector";
            }
        }
        for (String frame : frames) {
            if (JDK.stream().anyMatch(frame::startsWith)) {
                return "the JDK (no library frame)";
            }
        }
        return "the JVM and kernel otherwise";
    }
}
