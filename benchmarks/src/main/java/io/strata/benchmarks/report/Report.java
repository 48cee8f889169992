package io.strata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints the table of {@code run.sh} from the files of one results directory, each part only when its
 * files are there (so {@code run.sh --only …} prints the lines of what it ran):
 *
 * <ul>
 * <li>{@code jmh.json} (JMH): for each benchmark and database, Strata's time, the baseline's, and their
 * ratio (Strata ÷ baseline: above 1 means Strata takes longer);
 * <li>{@code process-<database>-<round>.json} (hyperfine's JSON format, which {@code run.sh} also writes
 * when hyperfine is missing; the runs of all rounds are pooled): whole-process upgrades;
 * <li>{@code http-<database>-<endpoint>-<side>-<round>.json} ({@link io.strata.benchmarks.http.HttpLoad}):
 * requests per second and p99 latency of the bookstore and its twin, and the throughput ratio
 * (Strata ÷ twin: below 1 means Strata serves fewer); warm-up runs (round 0) are left out;
 * <li>{@code startup.json} ({@link io.strata.benchmarks.startup.StartupTimes}): JVM start to ready, with
 * the bookstore's phases.
 * </ul>
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.report.Report benchmarks/target/results
 * </pre>
 */
public final class Report {

    private static final String[] DATABASES = {"postgresql", "sqlite"};
    private static final String FORMAT = "%-44s %-10s %26s %26s %16s  %s%n";
    private static final String HTTP_FORMAT = "%-36s %-10s %20s %20s %14s %10s %10s  %s%n";

    /** A figure and its error (JMH's 99.9% half-interval, or a standard deviation), in one unit. */
    record Figure(double value, double error, String unit, int samples) {
    }

    /** One line of a time table: what, where, and the pair compared. */
    record Line(String what, String database, Figure strata, Figure baseline, String target) {
    }

    /** One HTTP line: requests per second and p99 latency (ms) of both sides, errors summed over the runs. */
    record HttpLine(String what, String database, Figure strataRps, Figure twinRps, Figure strataP99, Figure twinP99,
            long errors) {
    }

    private Report() {
    }

    /** Argument: the results directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: Report <results-dir>   (the directory run.sh writes: jmh.json, process-*.json,"
                    + " http-*.json, startup.json)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        Path jmhFile = dir.resolve("jmh.json");
        Map<String, Figure> jmh = Files.isRegularFile(jmhFile) && Files.size(jmhFile) > 0
                ? readJmh(json.readTree(jmhFile.toFile())) : Map.of();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<JsonNode> http = new ArrayList<>();
        List<JsonNode> memory = new ArrayList<>();
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            if (name.startsWith("process-")) {
                String database = name.replaceFirst("^process-", "").replaceFirst("(-\\d+)?\\.json$", "");
                readProcess(json.readTree(Files.readString(file)), database, times);
            } else if (name.startsWith("http-")) {
                http.add(json.readTree(file.toFile()));
            } else if (name.startsWith("memory-")) {
                memory.add(json.readTree(file.toFile()));
            }
        }
        Map<String, Figure> process = new LinkedHashMap<>();
        times.forEach((key, values) -> process.put(key, meanAndDeviation(values, "s")));

        List<Line> lines = new ArrayList<>();
        for (String db : DATABASES) {
            add(lines, "status() per call, 500 revisions", db, jmh, "StatusBenchmark.strata", "StatusBenchmark.baseline",
                    (s, b) -> "<= 500 us: " + (s.value() <= 500 ? "met" : "MISSED"));
        }
        for (String db : DATABASES) {
            add(lines, "status() back to back (shared query)", db, jmh, "StatusBenchmark.strataBackToBack",
                    "StatusBenchmark.baseline", (s, b) -> "");
        }
        for (String db : DATABASES) {
            add(lines, "no-op sync(), 500 revisions", db, jmh, "SyncBenchmark.strata", "SyncBenchmark.baseline",
                    (s, b) -> "");
        }
        for (String db : DATABASES) {
            add(lines, "  diagnostic: no-op Migrator.sync(schema)", db, jmh, "SyncBenchmark.strataMigratorSync",
                    "SyncBenchmark.baseline", (s, b) -> "");
        }
        for (String db : DATABASES) {
            add(lines, "upgrade 100 revisions, in process", db, jmh, "UpgradeBenchmark.strata",
                    "UpgradeBenchmark.baseline", (s, b) -> "");
        }
        for (String db : DATABASES) {
            add(lines, "upgrade 100 revisions, whole process", db, process, "strata", "baseline",
                    (s, b) -> "< 1 s: " + (s.value() < 1 ? "met" : "MISSED"));
        }
        add(lines, "autogenerate diff, 200-table model", "", jmh, "DiffBenchmark.strata", "DiffBenchmark.baseline",
                (s, b) -> "");
        for (String db : DATABASES) {
            add(lines, "getOrCreate, get path (row exists)", db, jmh, "GetOrCreateBenchmark.strataGet",
                    "GetOrCreateBenchmark.baselineGet", Report::withinOneAndAQuarter);
        }
        for (String db : DATABASES) {
            add(lines, "getOrCreate, create path (new row)", db, jmh, "GetOrCreateBenchmark.strataCreate",
                    "GetOrCreateBenchmark.baselineCreate", Report::withinOneAndAQuarter);
        }
        for (String db : DATABASES) {
            add(lines, "paginate: count + page 3 of 20 (join)", db, jmh, "PaginateBenchmark.strata",
                    "PaginateBenchmark.baseline", (s, b) -> "");
        }
        StartupTable startup = StartupTable.read(json, dir.resolve("startup.json"));
        if (startup != null) {
            startup.addLines(lines);
        }
        if (!lines.isEmpty()) {
            printTimes(lines);
        }
        if (!http.isEmpty()) {
            printHttp(httpLines(http));
        }
        if (!memory.isEmpty()) {
            printMemory(memory);
        }
        if (startup != null) {
            startup.printPhases();
        }
        if (lines.isEmpty() && http.isEmpty()) {
            System.out.println("No results in " + dir + ".");
        }
    }

    private static String withinOneAndAQuarter(Figure s, Figure b) {
        return "<= 1.25x: " + (s.value() / b.value() <= 1.25 ? "met" : "MISSED");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void add(List<Line> lines, String what, String db, Map<String, Figure> figures, String strata,
            String baseline, BiFunction<Figure, Figure, String> target) {
        Figure s = figures.get(strata + "|" + db);
        Figure b = figures.get(baseline + "|" + db);
        if (s != null || b != null) {
            lines.add(new Line(what, db, s, b, s == null || b == null ? "" : target.apply(s, b)));
        }
    }

    private static Map<String, Figure> readJmh(JsonNode results) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.path("params");
            String db = params.path("database").asText("");
            JsonNode metric = result.get("primaryMetric");
            double error = metric.path("scoreError").asDouble(Double.NaN);
            int samples = 0;
            for (JsonNode fork : metric.path("rawData")) {
                samples += fork.size();
            }
            String unit = metric.get("scoreUnit").asText().replace("us/op", "us").replace("ms/op", "ms");
            figures.put(shortName + "|" + db, new Figure(metric.get("score").asDouble(), error, unit, samples));
        }
        return figures;
    }

    private static void readProcess(JsonNode root, String db, Map<String, List<Double>> times) {
        for (JsonNode result : root.path("results")) {
            List<Double> runs = times.computeIfAbsent(result.get("command").asText() + "|" + db, k -> new ArrayList<>());
            for (JsonNode time : result.path("times")) {
                runs.add(time.asDouble());
            }
        }
    }

    static Figure meanAndDeviation(List<Double> values, String unit) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double deviation = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : Double.NaN;
        return new Figure(mean, deviation, unit, values.size());
    }

    /** The HTTP lines, in the order the endpoints ran, PostgreSQL first; warm-up runs (round 0) left out. */
    private static List<HttpLine> httpLines(List<JsonNode> runs) {
        Map<String, Map<String, List<JsonNode>>> byLine = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<JsonNode> ordered = runs.stream()
                .sorted(java.util.Comparator.comparingInt((JsonNode r) -> r.path("order").asInt())).toList();
        for (String db : DATABASES) {
            for (JsonNode run : ordered) {
                if (!run.get("database").asText().equals(db) || run.get("round").asInt() == 0) {
                    continue;
                }
                String key = db + "|" + run.get("endpoint").asText();
                labels.put(key, run.get("label").asText());
                byLine.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(run.get("side").asText(), k -> new ArrayList<>()).add(run);
            }
        }
        List<HttpLine> lines = new ArrayList<>();
        byLine.forEach((key, sides) -> {
            List<JsonNode> s = sides.getOrDefault("strata", List.of());
            List<JsonNode> t = sides.getOrDefault("twin", List.of());
            long errors = Stream.concat(s.stream(), t.stream()).mapToLong(r -> r.path("errors").asLong()).sum();
            lines.add(new HttpLine(labels.get(key), key.substring(0, key.indexOf('|')), figure(s, "requests_per_second", 1),
                    figure(t, "requests_per_second", 1), figure(s, "latency_p99_us", 1000), figure(t, "latency_p99_us", 1000),
                    errors));
        });
        return lines;
    }

    private static Figure figure(List<JsonNode> runs, String field, double divisor) {
        if (runs.isEmpty()) {
            return null;
        }
        return meanAndDeviation(runs.stream().map(r -> r.get(field).asDouble() / divisor).toList(), "");
    }

    private static void printTimes(List<Line> lines) {
        System.out.printf(Locale.ROOT, FORMAT, "benchmark (time)", "database", "Strata", "baseline", "ratio S/B",
                "target");
        System.out.println("-".repeat(150));
        for (Line line : lines) {
            System.out.printf(Locale.ROOT, FORMAT, line.what(), line.database(), show(line.strata()),
                    show(line.baseline()), ratio(line.strata(), line.baseline()), line.target());
        }
        System.out.println();
        System.out.println("Errors: JMH lines show the 99.9% confidence half-interval over n measured iterations;");
        System.out.println("whole-process and start-up lines show mean ± standard deviation over n cold JVM runs.");
        System.out.println("Ratio S/B = Strata ÷ baseline time (above 1: Strata slower), error propagated from both.");
        System.out.println();
    }

    private static void printHttp(List<HttpLine> lines) {
        System.out.printf(Locale.ROOT, HTTP_FORMAT, "HTTP endpoint (throughput)", "database", "Strata req/s",
                "twin req/s", "ratio S/T", "p99 S ms", "p99 T ms", "target");
        System.out.println("-".repeat(150));
        for (HttpLine line : lines) {
            String target = line.strataRps() == null || line.twinRps() == null ? ""
                    : ">= 0.9x: " + (line.strataRps().value() / line.twinRps().value() >= 0.9 ? "met" : "MISSED");
            if (line.strataP99() != null && line.twinP99() != null) {
                target += ", p99 <= 1.5x: " + (line.strataP99().value() <= 1.5 * line.twinP99().value() ? "met" : "MISSED");
            }
            if (line.errors() > 0) {
                target += "  (" + line.errors() + " errors: see the http-*.json files)";
            }
            System.out.printf(Locale.ROOT, HTTP_FORMAT, line.what(), line.database(), rate(line.strataRps()),
                    rate(line.twinRps()), ratio(line.strataRps(), line.twinRps()), millis(line.strataP99()),
                    millis(line.twinP99()), target);
        }
        System.out.println();
        System.out.println("HTTP: wrk, mean ± standard deviation of the rounds' requests/s (n rounds, warm-up left out);");
        System.out.println("p99 = mean of the rounds' 99th-percentile latency. Ratio S/T = Strata ÷ twin throughput");
        System.out.println("(below 1: Strata serves fewer requests per second).");
        System.out.println();
    }

    /** Resident memory of both servers after the HTTP load, per database ({@code memory-<database>.json}). */
    private static void printMemory(List<JsonNode> runs) {
        System.out.printf(Locale.ROOT, "%-37s %-10s %14s %14s %10s  %s%n", "resident memory after the HTTP load",
                "database", "Strata MB", "twin MB", "ratio S/T", "target");
        System.out.println("-".repeat(100));
        for (JsonNode run : runs) {
            for (String field : List.of("vmrss", "vmhwm")) {
                double strata = run.get("strata_" + field + "_kb").asDouble() / 1024;
                double twin = run.get("twin_" + field + "_kb").asDouble() / 1024;
                boolean current = field.equals("vmrss");
                System.out.printf(Locale.ROOT, "%-37s %-10s %14.0f %14.0f %10.2f  %s%n",
                        current ? "RSS at the end (VmRSS)" : "peak RSS (VmHWM)", run.get("database").asText(), strata,
                        twin, strata / twin, current ? "<= 1.5x: " + (strata <= 1.5 * twin ? "met" : "MISSED") : "");
            }
        }
        System.out.println();
        System.out.println("Memory: the kernel's resident set of each server process (/proc/<pid>/status), read after the");
        System.out.println("last HTTP round while both still run; same JVM options on both (SERVER_JAVA_OPTS).");
        System.out.println();
    }

    private static String rate(Figure f) {
        if (f == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f ± %s (n=%d)", f.value(), Double.isNaN(f.error()) ? "?"
                : String.format(Locale.ROOT, "%.0f", f.error()), f.samples());
    }

    private static String millis(Figure f) {
        return f == null ? "-" : number(f.value());
    }

    static String show(Figure f) {
        if (f == null) {
            return "-";
        }
        return number(f.value()) + " ± " + (Double.isNaN(f.error()) ? "?" : number(f.error())) + " " + f.unit()
                + " (n=" + f.samples() + ")";
    }

    static String ratio(Figure s, Figure b) {
        if (s == null || b == null || b.value() == 0) {
            return "-";
        }
        double r = s.value() / b.value();
        double rel = Math.hypot(s.error() / s.value(), b.error() / b.value());
        return number(r) + " ± " + (Double.isNaN(rel) ? "?" : number(r * rel));
    }

    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The start-up lines ({@code startup.json}): the bookstore's cases against the twin, and its phases. */
    private record StartupTable(Map<String, Figure> totals, Map<String, Map<String, Figure>> phases) {

        static StartupTable read(ObjectMapper json, Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            JsonNode root = json.readTree(file.toFile());
            Map<String, Figure> totals = new LinkedHashMap<>();
            for (JsonNode result : root.path("results")) {
                List<Double> values = new ArrayList<>();
                result.path("times").forEach(t -> values.add(t.asDouble()));
                totals.put(result.get("command").asText(), meanAndDeviation(values, "s"));
            }
            Map<String, Map<String, Figure>> phases = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> cases = root.path("phases").fields(); cases.hasNext();) {
                Map.Entry<String, JsonNode> c = cases.next();
                Map<String, Figure> byPhase = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> ps = c.getValue().fields(); ps.hasNext();) {
                    Map.Entry<String, JsonNode> p = ps.next();
                    List<Double> values = new ArrayList<>();
                    p.getValue().forEach(v -> values.add(v.asDouble()));
                    byPhase.put(p.getKey(), meanAndDeviation(values, "ms"));
                }
                phases.put(c.getKey(), byPhase);
            }
            return new StartupTable(totals, phases);
        }

        void addLines(List<Line> lines) {
            Figure twin = totals.get("twin");
            for (String c : new String[] {"bookstore-existing", "bookstore-fresh"}) {
                Figure s = totals.get(c);
                if (s != null || twin != null) {
                    String what = c.endsWith("fresh") ? "start-up to ready, fresh SQLite" : "start-up to ready, existing SQLite";
                    lines.add(new Line(what, "sqlite", s, twin, s == null ? ""
                            : "<= 1.5 s: " + (s.value() <= 1.5 ? "met" : "MISSED")));
                }
            }
        }

        void printPhases() {
            if (phases.values().stream().allMatch(Map::isEmpty)) {
                return;
            }
            System.out.println("Start-up phases (ms, mean ± standard deviation over the cold runs; \"in main\" is the");
            System.out.println("application's own ready time from main(), the rest of JVM start to ready is the JVM's start):");
            phases.forEach((c, byPhase) -> {
                if (byPhase.isEmpty()) {
                    return;
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", c));
                Figure total = totals.get(c);
                if (total != null) {
                    line.append(String.format(Locale.ROOT, " JVM start to ready %s;", number(total.value() * 1000)));
                }
                byPhase.forEach((phase, f) -> line.append(' ').append(phase).append(' ').append(number(f.value()))
                        .append(" ± ").append(Double.isNaN(f.error()) ? "?" : number(f.error())).append(','));
                line.setLength(line.length() - 1);
                System.out.println(line);
            });
            System.out.println();
        }
    }
}
