package io.strata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints the table of {@code run.sh}: for each benchmark and database, Strata's figure, the
 * baseline's, and their ratio (Strata ÷ baseline: above 1 means Strata takes longer), from a JMH
 * JSON result file and the whole-process timing files ({@code process-<database>-<round>.json}, in
 * hyperfine's JSON format, which {@code run.sh} also writes when hyperfine is missing; the runs of
 * all rounds are pooled).
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.report.Report jmh.json process-postgresql-1.json process-sqlite-1.json
 * </pre>
 */
public final class Report {

    private static final String[] DATABASES = {"postgresql", "sqlite"};

    /** A figure and its error (JMH's 99.9% half-interval, or a standard deviation), in one unit. */
    record Figure(double value, double error, String unit, int samples) {
    }

    /** One line of the table: what, where, and the pair compared. */
    record Line(String what, String database, Figure strata, Figure baseline, String target) {
    }

    private Report() {
    }

    /** Arguments: the JMH JSON file, then any number of {@code process-<database>-<round>.json} files. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Report <jmh.json> [process-<database>-<round>.json...]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Figure> jmh = readJmh(json.readTree(Path.of(args[0]).toFile()));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = file.getFileName().toString();
            String database = name.replaceFirst("^process-", "").replaceFirst("(-\\d+)?\\.json$", "");
            readProcess(json.readTree(Files.readString(file)), database, times);
        }
        Map<String, Figure> process = new LinkedHashMap<>();
        times.forEach((key, values) -> process.put(key, meanAndDeviation(values)));

        List<Line> lines = new ArrayList<>();
        for (String db : DATABASES) {
            add(lines, "status() per call, 500 revisions", db, jmh, "StatusBenchmark.strata", "StatusBenchmark.baseline",
                    f -> "<= 500 us: " + (f.value() <= 500 ? "met" : "MISSED"));
        }
        for (String db : DATABASES) {
            add(lines, "status() back to back (shared query)", db, jmh, "StatusBenchmark.strataBackToBack",
                    "StatusBenchmark.baseline", f -> "");
        }
        for (String db : DATABASES) {
            add(lines, "no-op sync(), 500 revisions", db, jmh, "SyncBenchmark.strata", "SyncBenchmark.baseline", f -> "");
        }
        for (String db : DATABASES) {
            add(lines, "  diagnostic: no-op Migrator.sync(schema)", db, jmh, "SyncBenchmark.strataMigratorSync",
                    "SyncBenchmark.baseline", f -> "");
        }
        for (String db : DATABASES) {
            add(lines, "upgrade 100 revisions, in process", db, jmh, "UpgradeBenchmark.strata",
                    "UpgradeBenchmark.baseline", f -> "");
        }
        for (String db : DATABASES) {
            add(lines, "upgrade 100 revisions, whole process", db, process, "strata", "baseline",
                    f -> "< 1 s: " + (f.value() < 1 ? "met" : "MISSED"));
        }
        add(lines, "autogenerate diff, 200-table model", "", jmh, "DiffBenchmark.strata", "DiffBenchmark.baseline",
                f -> "");
        print(lines);
    }

    private interface Target {
        String check(Figure strata);
    }

    private static void add(List<Line> lines, String what, String db, Map<String, Figure> figures, String strata,
            String baseline, Target target) {
        Figure s = figures.get(strata + "|" + db);
        Figure b = figures.get(baseline + "|" + db);
        if (s != null || b != null) {
            lines.add(new Line(what, db, s, b, s == null ? "" : target.check(s)));
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

    private static Figure meanAndDeviation(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double deviation = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : Double.NaN;
        return new Figure(mean, deviation, "s", values.size());
    }

    private static void print(List<Line> lines) {
        String format = "%-42s %-10s %24s %24s %18s  %s%n";
        System.out.printf(Locale.ROOT, format, "benchmark", "database", "Strata", "baseline", "ratio S/B", "target");
        System.out.println("-".repeat(150));
        for (Line line : lines) {
            System.out.printf(Locale.ROOT, format, line.what(), line.database(), show(line.strata()),
                    show(line.baseline()), ratio(line.strata(), line.baseline()), line.target());
        }
        System.out.println();
        System.out.println("Errors: JMH lines show the 99.9% confidence half-interval over n measured iterations;");
        System.out.println("whole-process lines show mean ± standard deviation over n cold JVM runs.");
        System.out.println("Ratio S/B = Strata ÷ baseline time (above 1: Strata slower), error propagated from both.");
    }

    private static String show(Figure f) {
        if (f == null) {
            return "-";
        }
        return number(f.value()) + " ± " + (Double.isNaN(f.error()) ? "?" : number(f.error())) + " " + f.unit()
                + " (n=" + f.samples() + ")";
    }

    private static String ratio(Figure s, Figure b) {
        if (s == null || b == null || b.value() == 0) {
            return "-";
        }
        double r = s.value() / b.value();
        double rel = Math.hypot(s.error() / s.value(), b.error() / b.value());
        return number(r) + " ± " + (Double.isNaN(rel) ? "?" : number(r * rel));
    }

    private static String number(double v) {
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
}
