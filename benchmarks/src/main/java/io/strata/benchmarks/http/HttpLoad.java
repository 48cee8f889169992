package io.strata.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strata.benchmarks.BenchDatabase;
import io.strata.benchmarks.BookstoreSeed;
import io.strata.benchmarks.ServerProcess;

/**
 * The HTTP load benchmark on one database: the bookstore (its jar, on Strata) against its hand-written twin
 * ({@link io.strata.benchmarks.twin.Twin}, plain JDBC), both serving the same seeded database, loaded in turn
 * by {@code wrk} with the same settings.
 *
 * <ol>
 * <li>Creates {@code strata_bench_http} (PostgreSQL database or SQLite file), syncs the bookstore's schema
 * into it through {@code Database} and seeds {@value BookstoreSeed#AUTHORS} authors and
 * {@value BookstoreSeed#BOOKS} books ({@link BookstoreSeed}).
 * <li>Starts both servers (same JVM options: {@code SERVER_JAVA_OPTS}) and checks that every loaded request
 * gets the same status and body from both.
 * <li>Warms both up: every endpoint in turn on each server, in runs of {@code HTTP_WARMUP_SECONDS} until one
 * run's throughput is within 5% of the run before (steady), at most
 * {@code HTTP_WARMUP_MAX_SECONDS} per endpoint and server. Hibernate's paths reach their steady state only
 * after a while under load (the JIT compiles them late, and on two cores its threads compete with the
 * server's): on a slow 2-core machine the bookstore's book list needed about 60 s, the twin's 20 s.
 * <li>Then {@code HTTP_ROUNDS} rounds over every endpoint, each endpoint loaded on both servers back to back,
 * Strata first in odd rounds and the twin first in even ones (so a drift of the machine's load falls on both
 * alike). Each run writes {@code http-<database>-<endpoint>-<side>-<round>.json} (round 0: warm-up) with
 * wrk's figures.
 * </ol>
 *
 * <pre>
 * java -cp benchmarks.jar io.strata.benchmarks.http.HttpLoad sqlite examples/bookstore/target/bookstore.jar \
 *     benchmarks/target/benchmarks.jar benchmarks/target/results
 * </pre>
 *
 * <p>Environment: {@code HTTP_SECONDS} (10) per measured run, {@code HTTP_WARMUP_SECONDS} (10) per warm-up
 * run, {@code HTTP_WARMUP_MAX_SECONDS} (120; as {@code HTTP_WARMUP_SECONDS}: a single warm-up run),
 * {@code HTTP_ROUNDS} (2), {@code HTTP_THREADS} (2) and {@code HTTP_CONNECTIONS} (32) for wrk,
 * {@code HTTP_ENDPOINTS} (comma-separated keys, default all), {@code SERVER_JAVA_OPTS}.
 */
public final class HttpLoad {

    /**
     * One loaded request.
     *
     * @param key the file-name key
     * @param label what the table calls it
     * @param path the request path
     * @param script the wrk script (resource under {@code wrk/}), {@code null} for a plain GET
     * @param tagged whether the script takes a tag that differs per server and round
     * @param status the status every request must get
     */
    record Endpoint(String key, String label, String path, String script, boolean tagged, int status) {
    }

    /** The loaded requests, in the order they run (the creates last: they grow the author table). */
    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("author", "GET /authors/{id}", "/authors/500", null, false, 200),
            new Endpoint("books", "GET /books?page=3&per_page=20", "/books?page=3&per_page=20", null, false, 200),
            new Endpoint("ready", "GET /healthz/ready", "/healthz/ready", null, false, 200),
            new Endpoint("post-existing", "POST /authors, existing email (200)", "/authors", "post-existing-author.lua",
                    false, 200),
            new Endpoint("post-new", "POST /authors, new email (201)", "/authors", "post-new-author.lua", true, 201));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRATA = "strata";
    private static final String TWIN = "twin";
    /** A warm-up run within this many percent of the throughput of the run before it ends the warm-up. */
    private static final int STEADY_PERCENT = 5;

    private final String kind;
    private final Path out;
    private final int seconds = setting("HTTP_SECONDS", 10);
    private final int warmupSeconds = setting("HTTP_WARMUP_SECONDS", 10);
    private final int warmupMaxSeconds = setting("HTTP_WARMUP_MAX_SECONDS", 120);
    private final int rounds = setting("HTTP_ROUNDS", 2);
    private final int threads = setting("HTTP_THREADS", 2);
    private final int connections = setting("HTTP_CONNECTIONS", 32);

    private HttpLoad(String kind, Path out) {
        this.kind = kind;
        this.out = out;
    }

    /** Arguments: the database ({@code postgresql} or {@code sqlite}), the bookstore jar, the benchmarks jar, the results directory. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: HttpLoad postgresql|sqlite <bookstore.jar> <benchmarks.jar> <results-dir>");
            System.exit(2);
        }
        new HttpLoad(args[0], Path.of(args[3])).run(Path.of(args[1]), Path.of(args[2]));
    }

    private void run(Path bookstoreJar, Path benchmarksJar) throws Exception {
        Files.createDirectories(out);
        Path scripts = writeScripts();
        List<Endpoint> endpoints = selected();
        try (BenchDatabase db = BenchDatabase.named(kind, "strata_bench_http")) {
            log("seeding " + db + " through the bookstore's Database (sync, sample data, "
                    + BookstoreSeed.AUTHORS + " authors, " + BookstoreSeed.BOOKS + " books)");
            BookstoreSeed.seed(db.strataUrl());
            List<String> jvm = ServerProcess.jvmOptions("SERVER_JAVA_OPTS");
            int strataPort = ServerProcess.freePort();
            List<String> twinArgs = new ArrayList<>(List.of("-cp", benchmarksJar.toString(),
                    "io.strata.benchmarks.twin.Twin", String.valueOf(ServerProcess.freePort()), db.jdbcUrl()));
            int twinPort = Integer.parseInt(twinArgs.get(3));
            if (db.isPostgresql()) {
                twinArgs.addAll(List.of(db.user(), db.password()));
            }
            try (ServerProcess strata = ServerProcess.start("bookstore", strataPort, jvm,
                    List.of("-jar", bookstoreJar.toString()),
                    Map.of("DATABASE_URL", db.strataUrl(), "PORT", String.valueOf(strataPort)),
                    out.resolve("server-strata-" + kind + ".log")).awaitReady(60_000);
                    ServerProcess twin = ServerProcess.start("twin", twinPort, jvm, twinArgs, Map.of(),
                            out.resolve("server-twin-" + kind + ".log")).awaitReady(60_000)) {
                log("bookstore " + strata + ", twin " + twin);
                sameAnswers(strata, twin);
                log("warm-up: every endpoint on each server, runs of " + warmupSeconds + " s until steady (at most "
                        + warmupMaxSeconds + " s; the JIT compiles Hibernate's paths late), wrk -t" + threads + " -c"
                        + connections);
                for (Endpoint endpoint : endpoints) {
                    log(endpoint.label());
                    warmUp(endpoint, STRATA, strata, scripts);
                    warmUp(endpoint, TWIN, twin, scripts);
                }
                for (int round = 1; round <= rounds; round++) {
                    boolean strataFirst = round % 2 == 1;
                    log("round " + round + " of " + rounds + ": every endpoint, " + seconds + " s on each server, "
                            + (strataFirst ? "Strata" : "the twin") + " first");
                    for (Endpoint endpoint : endpoints) {
                        log(endpoint.label());
                        load(endpoint, strataFirst ? STRATA : TWIN, strataFirst ? strata : twin, round, seconds, scripts, 0);
                        load(endpoint, strataFirst ? TWIN : STRATA, strataFirst ? twin : strata, round, seconds, scripts, 0);
                    }
                }
                memory(strata, twin);
            }
        }
    }

    /**
     * Loads {@code endpoint} on {@code server} in runs of {@code HTTP_WARMUP_SECONDS} until a run's throughput is
     * within 5% of the run before, or {@code HTTP_WARMUP_MAX_SECONDS} are spent; the last
     * run's figures are round 0's.
     */
    private void warmUp(Endpoint endpoint, String side, ServerProcess server, Path scripts)
            throws IOException, InterruptedException {
        double previous = load(endpoint, side, server, 0, warmupSeconds, scripts, 0);
        int spent = warmupSeconds;
        for (int run = 1; spent + warmupSeconds <= warmupMaxSeconds; run++) {
            double rps = load(endpoint, side, server, 0, warmupSeconds, scripts, run);
            spent += warmupSeconds;
            if (Math.abs(rps - previous) <= previous * STEADY_PERCENT / 100) {
                log(String.format(Locale.ROOT, "  %-6s steady after %d s", side, spent));
                return;
            }
            previous = rps;
        }
        if (warmupMaxSeconds > warmupSeconds) {
            log(String.format(Locale.ROOT, "  %-6s not steady after %d s (HTTP_WARMUP_MAX_SECONDS); measuring anyway",
                    side, spent));
        }
    }

    /**
     * One wrk run against {@code server}; writes its figures, and fails on any error or unexpected status.
     * Returns its requests per second. {@code warmupRun} tells the warm-up's runs apart (new emails stay new).
     */
    private double load(Endpoint endpoint, String side, ServerProcess server, int round, int duration, Path scripts,
            int warmupRun) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration + "s",
                "--timeout", "10s", "-s", scripts.resolve(endpoint.script() == null ? "report.lua" : endpoint.script())
                        .toString(), server.baseUrl() + endpoint.path()));
        if (endpoint.tagged()) {
            command.addAll(List.of("--", side.charAt(0) + String.valueOf(round) + (warmupRun > 0 ? "w" + warmupRun : "")));
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = wrk.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!wrk.waitFor(duration + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        String line = output.lines().filter(l -> l.startsWith("WRK_JSON ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no summary:\n" + output));
        ObjectNode figures = (ObjectNode) JSON.readTree(line.substring("WRK_JSON ".length()));
        double rps = figures.get("requests").asDouble() / (figures.get("duration_us").asDouble() / 1e6);
        long errors = figures.get("errors_connect").asLong() + figures.get("errors_read").asLong()
                + figures.get("errors_write").asLong() + figures.get("errors_status").asLong()
                + figures.get("errors_timeout").asLong();
        ObjectNode result = JSON.createObjectNode();
        result.put("database", kind).put("endpoint", endpoint.key()).put("order", ENDPOINTS.indexOf(endpoint))
                .put("label", endpoint.label())
                .put("side", side).put("round", round).put("seconds", duration).put("threads", threads)
                .put("connections", connections).put("requests_per_second", rps).put("errors", errors);
        result.setAll(figures);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(String.format(Locale.ROOT, "http-%s-%s-%s-%d.json",
                kind, endpoint.key(), side, round)).toFile(), result);
        log(String.format(Locale.ROOT, "  %-6s %8.0f req/s, p99 %6.1f ms%s", side, rps, figures.get("latency_p99_us").asDouble() / 1000,
                errors == 0 ? "" : ", " + errors + " ERRORS (non-2xx, timeouts or socket errors)"));
        return rps;
    }

    /**
     * Writes {@code memory-<database>.json}: the resident memory of both servers after the same load (the
     * kernel's {@code VmRSS}, and its peak {@code VmHWM}, from {@code /proc/<pid>/status}).
     */
    private void memory(ServerProcess strata, ServerProcess twin) throws IOException {
        ObjectNode result = JSON.createObjectNode();
        result.put("database", kind);
        for (ServerProcess server : List.of(strata, twin)) {
            String side = server == strata ? STRATA : TWIN;
            List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"));
            for (String field : List.of("VmRSS", "VmHWM")) {
                long kb = status.stream().filter(l -> l.startsWith(field + ":"))
                        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("/proc/" + server.pid() + "/status has no " + field));
                result.put(side + "_" + field.toLowerCase(Locale.ROOT) + "_kb", kb);
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("memory-" + kind + ".json").toFile(), result);
        log(String.format(Locale.ROOT, "resident memory after the load: strata %d MB (peak %d), twin %d MB (peak %d)",
                result.get("strata_vmrss_kb").asLong() / 1024, result.get("strata_vmhwm_kb").asLong() / 1024,
                result.get("twin_vmrss_kb").asLong() / 1024, result.get("twin_vmhwm_kb").asLong() / 1024));
    }

    /** Fails unless the two servers give the same status and body to every loaded request. */
    private static void sameAnswers(ServerProcess strata, ServerProcess twin) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.script() != null) {
                continue;
            }
            HttpResponse<String> s = client.send(get(strata, endpoint.path()), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> t = client.send(get(twin, endpoint.path()), HttpResponse.BodyHandlers.ofString());
            same(endpoint.label(), s, t, endpoint.status());
        }
        String existing = "{\"email\": \"" + BookstoreSeed.email(42) + "\", \"name\": \"Bench Author\"}";
        same("POST /authors (existing)", post(client, strata, existing), post(client, twin, existing), 200);
        // A new email created by one server is found by the other, with the same body.
        String check1 = "{\"email\": \"check-1@b.io\", \"name\": \"Check\"}";
        HttpResponse<String> created = post(client, strata, check1);
        same("POST /authors (created by the bookstore, found by the twin)", created, post(client, twin, check1), -1);
        String check2 = "{\"email\": \"check-2@b.io\", \"name\": \"Check\"}";
        HttpResponse<String> twinCreated = post(client, twin, check2);
        HttpResponse<String> found = post(client, strata, check2);
        if (created.statusCode() != 201 || twinCreated.statusCode() != 201 || found.statusCode() != 200
                || !JSON.readTree(found.body()).equals(JSON.readTree(twinCreated.body()))) {
            throw new IllegalStateException("POST /authors: expected 201 for a new email and 200 with the same body for"
                    + " it afterwards; got bookstore " + created.statusCode() + " / twin " + twinCreated.statusCode()
                    + ", then bookstore " + found.statusCode() + " " + found.body() + " vs twin " + twinCreated.body());
        }
        log("the bookstore and the twin give the same statuses and bodies to every loaded request");
    }

    private static void same(String what, HttpResponse<String> strata, HttpResponse<String> twin, int status)
            throws IOException {
        boolean statusOk = status < 0 || strata.statusCode() == status && twin.statusCode() == status;
        boolean bodiesEqual = JSON.readTree(strata.body()).equals(JSON.readTree(twin.body()))
                && strata.body().equals(twin.body());
        if (!statusOk || !bodiesEqual) {
            throw new IllegalStateException(what + ": the bookstore answered " + strata.statusCode() + " " + strata.body()
                    + "\nthe twin answered " + twin.statusCode() + " " + twin.body());
        }
    }

    private static HttpRequest get(ServerProcess server, String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> post(HttpClient client, ServerProcess server, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/authors"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes the wrk scripts next to the results, each followed by the summary printer. */
    private Path writeScripts() throws IOException {
        Path dir = Files.createDirectories(out.resolve("wrk"));
        String report = resource("report.lua");
        Files.writeString(dir.resolve("report.lua"), report);
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.script() != null) {
                Files.writeString(dir.resolve(endpoint.script()), resource(endpoint.script()) + "\n" + report);
            }
        }
        return dir;
    }

    private List<Endpoint> selected() {
        String only = System.getenv("HTTP_ENDPOINTS");
        if (only == null || only.isBlank()) {
            return ENDPOINTS;
        }
        List<String> keys = List.of(only.split(","));
        List<Endpoint> chosen = ENDPOINTS.stream().filter(e -> keys.contains(e.key())).toList();
        if (chosen.size() != keys.size()) {
            throw new IllegalArgumentException("HTTP_ENDPOINTS=" + only + ": the endpoints are "
                    + ENDPOINTS.stream().map(Endpoint::key).toList());
        }
        return chosen;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HttpLoad.class.getResourceAsStream("/wrk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource wrk/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static void log(String message) {
        System.err.println(message);
    }
}
