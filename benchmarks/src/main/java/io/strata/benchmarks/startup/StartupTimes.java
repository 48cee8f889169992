package io.strata.benchmarks.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.ServerProcess;

/**
 * JVM start to ready, over cold JVMs: the time from just before the process is created to the first 200
 * of {@code GET /healthz/ready} (polled every millisecond), for
 *
 * <ul>
 * <li>{@code bookstore-fresh}: the bookstore jar on a SQLite file that does not exist (its start-up creates
 * the schema through {@code sync()} and loads the sample data);
 * <li>{@code bookstore-existing}: the bookstore jar on that database, now at the latest revision;
 * <li>{@code bookstore-existing-no-archive} (diagnostic): the same without the class-data sharing archive;
 * <li>{@code twin}: the hand-written twin (JVM, Javalin, HikariCP; no Hibernate) on the same database, with
 * a class-data sharing archive of its own;
 * <li>{@code twin-no-archive} (diagnostic): the twin without it.
 * </ul>
 *
 * <p>The bookstore runs as the README starts it: {@code java -XX:SharedArchiveFile=bookstore.jsa -jar
 * bookstore.jar}, with the archive the build wrote beside the jar. The twin gets the same JVM feature, so
 * that the ratio is Strata's cost and not the archive's: its warm-up round runs it with
 * {@code -XX:ArchiveClassesAtExit=twin.jsa} (its start-up and first readiness answer, as the bookstore's
 * build trains its own), and the measured rounds with {@code -XX:SharedArchiveFile=twin.jsa}.
 *
 * <p>One warm-up round (not recorded: it fills the page cache with the jars), then {@code runs} rounds in
 * that order. The bookstore runs with {@code -Dorg.slf4j.simpleLogger.log.io.strata.examples.bookstore=debug}
 * and its phases (models, Javalin, sync, Hibernate, sample data, ready in main) are read from its log. Writes
 * {@code startup.json}: hyperfine-like {@code results} (seconds) and the {@code phases} (milliseconds).
 *
 * <p>With {@code -Dstartup.aot=true}, on JDK 25 or later, both sides use the JDK's ahead-of-time cache
 * instead: the bookstore's trained by {@code java -XX:AOTCacheOutput=bookstore.aot -jar bookstore.jar train}
 * before the rounds, the twin's by its warm-up round with {@code -XX:AOTCacheOutput=twin.aot}; the rounds
 * run with {@code -XX:AOTCache=…}.
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.startup.StartupTimes examples/bookstore/target/bookstore.jar \
 *     benchmarks/target/benchmarks.jar benchmarks/target/results 5
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Dstartup.aot=true -cp benchmarks.jar \
 *     io.strata.benchmarks.startup.StartupTimes … benchmarks/target/results-aot 5
 * </pre>
 */
public final class StartupTimes {

    /** The bookstore's DEBUG line of phases, in the order they ran: {@code Start-up: models 310 ms, Javalin 120 ms, …}. */
    private static final Pattern PHASES = Pattern.compile("Start-up: (.*)");
    private static final Pattern PHASE = Pattern.compile("([a-zA-Z][a-zA-Z ]*) (\\d+) ms");
    private static final Pattern READY_IN = Pattern.compile("ready in (\\d+) ms");
    private static final String[] CASES = {"bookstore-fresh", "bookstore-existing", "bookstore-existing-no-archive",
        "twin", "twin-no-archive"};

    private StartupTimes() {
    }

    /** Arguments: the bookstore jar, the benchmarks jar, the results directory, the number of rounds. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: StartupTimes <bookstore.jar> <benchmarks.jar> <results-dir> <runs>");
            System.exit(2);
        }
        Path bookstoreJar = Path.of(args[0]);
        Path benchmarksJar = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        boolean aot = Boolean.getBoolean("startup.aot");
        Path bookstoreArchive = aot ? trainAotCache(bookstoreJar, out) : bookstoreJar.resolveSibling("bookstore.jsa");
        if (!Files.isRegularFile(bookstoreArchive)) {
            System.err.println("  " + bookstoreArchive + " is missing (built with -Dbookstore.cds.skip?): the bookstore"
                    + " starts without it, as the JVM does when an archive is missing");
        }
        Path twinArchive = out.resolve(aot ? "twin.aot" : "twin.jsa").toAbsolutePath();
        String train = aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
        String use = aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        String name = "strata_bench_startup";
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, Map<String, List<Long>>> phases = new LinkedHashMap<>();
        for (String c : CASES) {
            times.put(c, new ArrayList<>());
            phases.put(c, new LinkedHashMap<>());
        }
        BenchDatabase db = null;
        try {
            for (int round = 0; round <= runs; round++) {
                for (String c : CASES) {
                    if (c.equals("bookstore-fresh")) {
                        db = BenchDatabase.named(BenchDatabase.SQLITE, name);
                    }
                    int port = ServerProcess.freePort();
                    Path log = out.resolve("startup-" + c + "-" + round + ".log");
                    ServerProcess server;
                    if (c.startsWith("twin")) {
                        List<String> options = !c.equals("twin") ? List.of()
                                : round == 0 ? List.of(train + twinArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                                : List.of(use + twinArchive);
                        server = ServerProcess.start(c, port, options, List.of("-cp", benchmarksJar.toString(),
                                "io.strata.benchmarks.twin.Twin", String.valueOf(port), db.jdbcUrl()), Map.of(), log);
                    } else {
                        List<String> options = new ArrayList<>();
                        if (!c.endsWith("-no-archive")) {
                            options.add(use + bookstoreArchive);
                        }
                        options.add("-Dorg.slf4j.simpleLogger.log.io.strata.examples.bookstore=debug");
                        server = ServerProcess.start(c, port, options, List.of("-jar", bookstoreJar.toString()),
                                Map.of("DATABASE_URL", db.strataUrl(), "PORT", String.valueOf(port)), log);
                    }
                    try (server) {
                        server.awaitReady(60_000);
                        double seconds = server.startToReadyNanos() / 1e9;
                        server.awaitOutput(c.startsWith("twin") ? "ready in" : "Start-up:", 5_000);
                        Map<String, Long> found = phases(server.output());
                        System.err.printf(Locale.ROOT, "  %s %-29s %6.0f ms to ready %s%n",
                                round == 0 ? "warm-up" : "round " + round, c, seconds * 1000, found);
                        if (round > 0) {
                            times.get(c).add(seconds);
                            found.forEach((phase, ms) -> phases.get(c).computeIfAbsent(phase, k -> new ArrayList<>())
                                    .add(ms));
                        }
                    }
                    if (round == 0 && c.equals("twin") && !Files.isRegularFile(twinArchive)) {
                        System.err.println("  the twin's training run wrote no " + twinArchive + " (see " + log
                                + "): the twin's rounds start without an archive");
                    }
                }
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
        write(out.resolve("startup.json"), times, phases);
    }

    /**
     * JDK 25's ahead-of-time cache of the bookstore jar, trained as its README says
     * ({@code java -XX:AOTCacheOutput=bookstore.aot -jar bookstore.jar train}) into {@code out}.
     */
    private static Path trainAotCache(Path bookstoreJar, Path out) throws Exception {
        Path cache = out.resolve("bookstore.aot").toAbsolutePath();
        Files.deleteIfExists(cache);
        Process training = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-XX:AOTCacheOutput=" + cache, "-jar", bookstoreJar.toString(), "train")
                .redirectErrorStream(true).redirectOutput(out.resolve("bookstore-aot-training.log").toFile()).start();
        if (training.waitFor() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("The bookstore's AOT training run failed: see " + out.resolve("bookstore-aot-training.log"));
        }
        return cache;
    }

    /** The phases the bookstore logs at DEBUG ({@code models}, {@code Javalin}, {@code sync}, …) and the {@code main} to ready time. */
    private static Map<String, Long> phases(String output) {
        Map<String, Long> found = new LinkedHashMap<>();
        Matcher m = PHASES.matcher(output);
        if (m.find()) {
            Matcher phase = PHASE.matcher(m.group(1));
            while (phase.find()) {
                found.put(phase.group(1), Long.parseLong(phase.group(2)));
            }
        }
        Matcher ready = READY_IN.matcher(output);
        if (ready.find()) {
            found.put("in main", Long.parseLong(ready.group(1)));
        }
        return found;
    }

    private static void write(Path file, Map<String, List<Double>> times, Map<String, Map<String, List<Long>>> phases)
            throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode results = root.putArray("results");
        times.forEach((c, values) -> {
            ObjectNode result = results.addObject();
            result.put("command", c);
            result.put("mean", values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
            ArrayNode array = result.putArray("times");
            values.forEach(array::add);
        });
        ObjectNode phaseNode = root.putObject("phases");
        phases.forEach((c, byPhase) -> {
            ObjectNode node = phaseNode.putObject(c);
            byPhase.forEach((phase, values) -> {
                ArrayNode array = node.putArray(phase);
                values.forEach(array::add);
            });
        });
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
