package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;
import io.strata.javalin.testing.Http;

/**
 * Drill: the database server hangs. A bookstore with a 2 s query timeout ({@code DB_QUERY_TIMEOUT})
 * runs on a PostgreSQL cluster the drill owns ({@link ThrowawayPostgres}; never the shared server); the
 * postmaster and every backend are frozen with {@code SIGSTOP}: connections stay open and nothing answers.
 *
 * <p>While frozen, reads and writes, several at once, each answer 503 with {@code Retry-After} within the
 * bound plus slack (the socket timeout, or the pool's wait for a connection that answers, ends them), and
 * {@code /healthz/ready} answers 503 within its status timeout. After {@code SIGCONT} the bookstore
 * recovers without a restart: ready again, reads and writes succeed, and every write it acknowledged
 * (before and after) is in the database.
 */
class PausedServerDrillTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofSeconds(3);
    /** The status timeout (3 s by default) plus the same slack. */
    private static final Duration READY_BOUND = Duration.ofSeconds(3).plus(SLACK);

    private record Answer(String request, int status, String retryAfter, long millis) {
    }

    @Test
    void requests_end_with_503_within_the_bound_while_the_server_is_frozen_and_succeed_after() throws Exception {
        try (ThrowawayPostgres cluster = ThrowawayPostgres.start();
                Replica replica = Replica.start("paused-server", cluster.url(), Bookstore.class,
                        List.of("-D" + Database.ENV_QUERY_TIMEOUT + "=" + BOUND.toSeconds() + "s"))) {
            replica.awaitReady(Duration.ofSeconds(120));
            Http http = Http.json(replica.awaitPort(Duration.ZERO));
            Set<String> acknowledged = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                String email = "before-" + i + "@paused.example";
                assertThat(http.post("/authors", author(email)).status()).isEqualTo(201);
                acknowledged.add(email);
            }
            long author = http.get("/authors").json().path("items").path(0).path("id").asLong();
            List<String> requests = List.of("GET /authors", "GET /authors/" + author, "GET /books",
                    "POST during-0@paused.example", "POST during-1@paused.example", "GET /stores");

            List<Answer> frozen = new ArrayList<>();
            Answer readiness;
            List<Long> pids = cluster.pause();
            ExecutorService clients = Executors.newFixedThreadPool(requests.size());
            try {
                for (int round = 0; round < 2; round++) {
                    List<Future<Answer>> answers = new ArrayList<>();
                    for (String request : requests) {
                        answers.add(clients.submit(() -> send(http, request)));
                    }
                    for (Future<Answer> answer : answers) {
                        frozen.add(answer.get());
                    }
                }
                readiness = send(http, "GET /healthz/ready");
            } finally {
                cluster.resume(pids);
                clients.shutdownNow();
            }
            frozen.forEach(a -> System.out.printf("paused-server: %s while frozen: %d in %d ms%n", a.request(), a.status(),
                    a.millis()));
            for (Answer a : frozen) {
                if (a.status() == 201) {
                    acknowledged.add(a.request().substring("POST ".length()));
                }
            }

            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(frozen).as("requests while the server was frozen")
                    .allSatisfy(a -> {
                        assertThat(a.status()).as(a.request()).isEqualTo(503);
                        assertThat(a.retryAfter()).as(a.request() + " Retry-After").isNotNull();
                        assertThat(a.millis()).as(a.request() + " ms").isLessThan(BOUND.plus(SLACK).toMillis());
                    });
            softly.assertThat(readiness.status()).as("readiness while frozen").isEqualTo(503);
            softly.assertThat(readiness.millis()).as("readiness ms while frozen").isLessThan(READY_BOUND.toMillis());

            long resumed = System.nanoTime();
            replica.awaitReady(Duration.ofSeconds(30));
            System.out.printf("paused-server: ready %d ms after SIGCONT%n", (System.nanoTime() - resumed) / 1_000_000);
            softly.assertThat(http.get("/authors").status()).as("a read after SIGCONT").isEqualTo(200);
            Http.Response after = http.post("/authors", author("after@paused.example"));
            softly.assertThat(after.status()).as("a write after SIGCONT").isEqualTo(201);
            if (after.status() == 201) {
                acknowledged.add("after@paused.example");
            }
            softly.assertThat(emails(cluster)).as("every acknowledged write is stored").containsAll(acknowledged);
            softly.assertThat(replica.process().isAlive()).as("the replica still runs, never restarted").isTrue();
            softly.assertAll();
        }
    }

    private static Answer send(Http http, String request) {
        long start = System.nanoTime();
        Http.Response response = request.startsWith("POST ")
                ? http.post("/authors", author(request.substring("POST ".length())))
                : http.get(request.substring("GET ".length()));
        return new Answer(request, response.status(), response.header("Retry-After").orElse(null),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String author(String email) {
        return "{\"name\": \"Paused Drill\", \"email\": \"" + email + "\"}";
    }

    private static Set<String> emails(ThrowawayPostgres cluster) throws Exception {
        Set<String> emails = new HashSet<>();
        try (Connection c = cluster.connect(ThrowawayPostgres.DATABASE); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT email FROM author")) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        return emails;
    }
}
