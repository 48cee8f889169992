package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: 1,000 {@code POST /authors} from 32 client threads over 100 emails (the ten requests for one
 * email sent back to back, so they race) against one bookstore replica. Exactly 100 authors are
 * created; every answer is 201 (exactly one per email) or 200 with the same author; no 5xx, no
 * client error, no ERROR line or stack trace in the replica's log.
 */
class ConcurrentAuthorsDrillTest {

    private static final int EMAILS = 100;
    private static final int REQUESTS_PER_EMAIL = 10;
    private static final int CLIENT_THREADS = 32;
    private static final String DOMAIN = "drill.example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(String email, int status, long id, String body) {
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_thousand_concurrent_creates_over_a_hundred_emails_make_a_hundred_authors(DbKind kind, TestDatabase database) throws Exception {
        String label = "concurrent-authors-" + kind.name().toLowerCase();
        try (Replica replica = Replica.bookstore(label, database.url())) {
            replica.awaitReady(Duration.ofSeconds(120));
            int port = replica.awaitPort(Duration.ZERO);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();

            List<Callable<Answer>> requests = new ArrayList<>();
            for (int e = 0; e < EMAILS; e++) {
                String email = String.format("a%03d@%s", e, DOMAIN);
                String body = "{\"name\": \"Drill Author " + e + "\", \"email\": \"" + email + "\"}";
                for (int r = 0; r < REQUESTS_PER_EMAIL; r++) {
                    requests.add(() -> post(client, port, email, body));
                }
            }
            ExecutorService threads = Executors.newFixedThreadPool(CLIENT_THREADS);
            long started = System.nanoTime();
            List<Future<Answer>> futures;
            try {
                futures = threads.invokeAll(requests, 120, TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;

            List<Answer> answers = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<Answer> future : futures) {
                try {
                    answers.add(future.get());
                } catch (CancellationException e) {
                    failures.add("not answered within 120 s");
                } catch (ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            Map<Integer, Long> byStatus = answers.stream()
                    .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
            System.out.printf("%s: %d requests in %d ms, statuses %s, %d failed, %d WARN line(s) for handled unique"
                    + " violations in the replica's log%n", label, requests.size(), millis, byStatus, failures.size(),
                    Drills.handledConflictWarnings(replica));

            assertThat(failures).as("requests that got no answer").isEmpty();
            assertThat(answers).filteredOn(a -> a.status() != 200 && a.status() != 201)
                    .as("answers other than 200 and 201").isEmpty();
            assertThat(byStatus).containsEntry(201, (long) EMAILS)
                    .containsEntry(200, (long) EMAILS * (REQUESTS_PER_EMAIL - 1));
            Map<String, List<Answer>> byEmail = answers.stream().collect(Collectors.groupingBy(Answer::email));
            assertThat(byEmail).hasSize(EMAILS);
            byEmail.forEach((email, list) -> {
                assertThat(list).filteredOn(a -> a.status() == 201).as("201s for " + email).hasSize(1);
                assertThat(list.stream().map(Answer::id).distinct().toList()).as("ids answered for " + email).hasSize(1);
            });

            try (Connection c = database.connect();
                    PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT email) FROM author"
                            + " WHERE email LIKE ?")) {
                ps.setString(1, "%@" + DOMAIN);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("drill authors in the database").isEqualTo(EMAILS);
                    assertThat(rs.getLong(2)).as("distinct drill emails").isEqualTo(EMAILS);
                }
                assertThat(Drills.count(c, "author")).as("all authors (3 of the sample data)").isEqualTo(EMAILS + 3);
            }
            Drills.assertNoErrors(replica);
        }
    }

    private static Answer post(HttpClient client, int port, String email, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/authors"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long id = -1;
        if (response.statusCode() == 200 || response.statusCode() == 201) {
            JsonNode node = JSON.readTree(response.body());
            id = node.path("id").asLong(-1);
            assertThat(node.path("email").asText()).isEqualTo(email);
        }
        return new Answer(email, response.statusCode(), id, response.body());
    }
}
