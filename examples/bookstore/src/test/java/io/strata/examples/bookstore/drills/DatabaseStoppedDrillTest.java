package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drill: the database stops under load. A bookstore runs on a PostgreSQL cluster the drill owns
 * ({@link ThrowawayPostgres}); four client threads read it; the cluster is stopped at once
 * ({@code pg_ctl stop -m immediate}) for about eight seconds, then started again.
 *
 * <p>While it is down, every request fails fast with a 500 or 503 (none hangs: each is answered
 * within the pool's 5 s connect timeout plus 2 s) and {@code /healthz/ready} turns 503 with
 * {@code NO_INFO} within seconds. Once it is back, readiness returns to 200 and every request succeeds
 * again. Afterwards the pool holds no connection in use or in a transaction, and no more than its
 * maximum size.
 */
class DatabaseStoppedDrillTest {

    private static final int CLIENT_THREADS = 4;
    /** Bounds the requests of each client thread, whatever the timing. */
    private static final int MAX_REQUESTS_PER_THREAD = 20_000;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_BOUND = CONNECT_TIMEOUT.plusSeconds(2);
    private static final Duration HEALTHY = Duration.ofSeconds(3);
    /** Long enough for whole requests to run inside the outage, each waiting the connect timeout. */
    private static final Duration DOWN = Duration.ofSeconds(12);
    private static final Duration AFTER_READY = Duration.ofSeconds(4);
    /** HikariCP's default maximum pool size (the bookstore sets none). */
    private static final int POOL_SIZE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** One request: when it was sent and answered (ms since the drill began), its status (-1: no answer) and error. */
    private record Sample(String path, long sent, long answered, int status, String body) {
        long millis() {
            return answered - sent;
        }
    }

    private long origin;

    @Test
    void requests_fail_fast_while_the_database_is_down_and_succeed_once_it_is_back() throws Exception {
        try (ThrowawayPostgres cluster = ThrowawayPostgres.start();
                Replica replica = Replica.bookstore("database-stopped", cluster.url())) {
            replica.awaitReady(Duration.ofSeconds(120));
            int port = replica.awaitPort(Duration.ZERO);
            long authorId = JSON.readTree(send(port, "/authors").body()).path("items").path(0).path("id").asLong();
            List<String> paths = List.of("/authors", "/authors/" + authorId, "/books", "/stores",
                    "/authors/book-counts", "/authors/search?domain=example.com");

            origin = System.nanoTime();
            List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < CLIENT_THREADS; t++) {
                int offset = t;
                Thread client = new Thread(() -> {
                    for (int i = 0; i < MAX_REQUESTS_PER_THREAD && !stop.get(); i++) {
                        samples.add(sample(port, paths.get((i + offset) % paths.size())));
                    }
                }, "drill-client-" + t);
                client.start();
                clients.add(client);
            }
            long stopping;
            long stopped;
            long notReady;
            long restarting;
            long restarted;
            long readyAgain;
            try {
                Thread.sleep(HEALTHY.toMillis());

                stopping = now();
                cluster.stopImmediately();
                stopped = now();
                notReady = awaitReadiness(port, 503, "NO_INFO", Duration.ofSeconds(15));
                Thread.sleep(Math.max(0, DOWN.toMillis() - (now() - stopped)));

                restarting = now();
                cluster.startServer();
                restarted = now();
                readyAgain = awaitReadiness(port, 200, "UP_TO_DATE", Duration.ofSeconds(30));
                Thread.sleep(AFTER_READY.toMillis());
            } finally {
                stop.set(true);
                for (Thread client : clients) {
                    client.join(TimeUnit.SECONDS.toMillis(30));
                }
            }
            assertThat(clients).as("client threads finished").noneMatch(Thread::isAlive);

            List<Sample> all = List.copyOf(samples);
            // Requests sent until a second after pg_ctl stop returned, or answered once the restart began, may
            // end either way (the stop does not cut every session at the same instant); the others may not.
            long downFrom = stopped + 1_000;
            List<Sample> healthy = select(all, s -> s.answered() < stopping);
            List<Sample> duringStop = select(all, s -> s.answered() >= stopping && s.sent() < downFrom
                    && s.answered() < restarting);
            List<Sample> down = select(all, s -> s.sent() >= downFrom && s.answered() < restarting);
            List<Sample> duringRestart = select(all, s -> s.answered() >= restarting && s.sent() < readyAgain);
            List<Sample> back = select(all, s -> s.sent() >= readyAgain);
            System.out.printf("database-stopped: %d requests; healthy %s; stopping %s; down %s; restarting %s; back %s;"
                    + " pg_ctl stop took %d ms, /healthz/ready 503 %d ms after it; pg_ctl start took %d ms, ready %d ms"
                    + " after it; slowest answer %d ms%n", all.size(), summary(healthy), summary(duringStop),
                    summary(down), summary(duringRestart), summary(back), stopped - stopping, notReady - stopped,
                    restarted - restarting, readyAgain - restarted, all.stream().mapToLong(Sample::millis).max().orElse(0));
            all.stream().filter(s -> s.status() != 200).collect(Collectors.groupingBy(s -> s.status() + " " + s.body()
                    .replaceAll("\\s+", " "), TreeMap::new, Collectors.counting()))
                    .forEach((answer, n) -> System.out.printf("database-stopped: %d x %s%n", n, answer));

            Thread.sleep(1_000);
            Map<String, Long> sessions = applicationSessions(cluster);
            System.out.printf("database-stopped: the bookstore's sessions after the load, by state: %s%n", sessions);

            // Soft: a drill reports every way it failed at once.
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(all).filteredOn(s -> s.status() < 0).as("requests that got no answer").isEmpty();
            softly.assertThat(all).filteredOn(s -> s.millis() > ANSWER_BOUND.toMillis())
                    .as("requests answered later than %d ms", ANSWER_BOUND.toMillis()).isEmpty();
            softly.assertThat(healthy).as("requests before the stop").isNotEmpty().allMatch(s -> s.status() == 200);
            softly.assertThat(duringStop).as("requests under way as the database stopped (an existing row is never a 404)")
                    .allMatch(s -> Set.of(200, 500, 503).contains(s.status()));
            softly.assertThat(down).as("requests while the database was down").isNotEmpty()
                    .allMatch(s -> s.status() == 500 || s.status() == 503);
            softly.assertThat(duringRestart).as("requests under way as the database restarted")
                    .allMatch(s -> Set.of(200, 500, 503).contains(s.status()));
            softly.assertThat(back).as("requests once ready again").isNotEmpty().allMatch(s -> s.status() == 200);
            softly.assertThat(notReady - stopped).as("ms from the stop to a 503 from /healthz/ready").isLessThan(10_000);
            softly.assertThat(sessions).as("sessions in use or inside a transaction after the load")
                    .doesNotContainKeys("active", "idle in transaction", "idle in transaction (aborted)");
            softly.assertThat(sessions.values().stream().mapToLong(Long::longValue).sum()).as("the bookstore's sessions")
                    .isLessThanOrEqualTo(POOL_SIZE);
            softly.assertThat(replica.process().isAlive()).as("the replica still runs").isTrue();
            softly.assertAll();
        }
    }

    /** The bookstore's sessions ({@code application_name} 'strata') on the cluster, by state. */
    private static Map<String, Long> applicationSessions(ThrowawayPostgres cluster) throws Exception {
        Map<String, Long> byState = new TreeMap<>();
        try (Connection c = cluster.connect(ThrowawayPostgres.DATABASE); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(state, '?'), count(*) FROM pg_stat_activity"
                        + " WHERE application_name = 'strata' GROUP BY 1")) {
            while (rs.next()) {
                byState.put(rs.getString(1), rs.getLong(2));
            }
        }
        return byState;
    }

    /** Polls {@code /healthz/ready} until it answers {@code status} with that readiness; returns when (ms). */
    private long awaitReadiness(int port, int status, String readiness, Duration timeout) throws Exception {
        long deadline = now() + timeout.toMillis();
        String last = "";
        while (now() < deadline) {
            try {
                HttpResponse<String> response = send(port, "/healthz/ready");
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == status
                        && readiness.equals(JSON.readTree(response.body()).path("status").asText())) {
                    return now();
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/healthz/ready did not answer " + status + " " + readiness + " within "
                + timeout.toSeconds() + " s; last: " + last);
    }

    private Sample sample(int port, String path) {
        long sent = now();
        try {
            HttpResponse<String> response = send(port, path);
            return new Sample(path, sent, now(), response.statusCode(),
                    response.statusCode() == 200 ? "" : response.body());
        } catch (IOException e) {
            return new Sample(path, sent, now(), -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(path, sent, now(), -1, e.toString());
        }
    }

    private static HttpResponse<String> send(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json").GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long now() {
        return (System.nanoTime() - origin) / 1_000_000;
    }

    private static List<Sample> select(List<Sample> samples, Predicate<Sample> which) {
        return samples.stream().filter(which).toList();
    }

    private static String summary(List<Sample> samples) {
        Map<Integer, Long> byStatus = samples.stream()
                .collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
        return byStatus + " max " + samples.stream().mapToLong(Sample::millis).max().orElse(0) + " ms";
    }
}
