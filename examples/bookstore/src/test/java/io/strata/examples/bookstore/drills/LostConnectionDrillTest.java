package io.strata.examples.bookstore.drills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.javalin.testing.Http;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: every statement fails as on a lost connection (SQL state 08006, injected by
 * {@link FaultInjectingBookstore} while a file exists) — what requests meet at the instant a database
 * crashes or the network drops, made deterministic. Reads of rows that exist must answer 5xx, never
 * 404 (a client would take a 404 as "deleted"); readiness must answer 503; once the fault is gone,
 * the same reads succeed again.
 */
class LostConnectionDrillTest {

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.SQLITE})
    void reads_on_a_lost_connection_answer_5xx_never_404(DbKind kind, TestDatabase database) throws Exception {
        String label = "lost-connection-" + kind.name().toLowerCase();
        Path fault = Path.of("target", "drills", label + ".fault").toAbsolutePath();
        Files.createDirectories(fault.getParent());
        Files.deleteIfExists(fault);
        try (Replica replica = Replica.start(label, database.url(), FaultInjectingBookstore.class,
                        FaultInjectingBookstore.failWhile(fault))) {
            replica.awaitReady(Duration.ofSeconds(120));
            Http http = Http.json(replica.awaitPort(Duration.ZERO));
            long author = id(database, "SELECT id FROM author WHERE email = 'prakritish@example.com'");
            long book = id(database, "SELECT id FROM book WHERE name = 'Ansible Refresher'");
            long store = id(database, "SELECT id FROM store WHERE name = 'Amazon'");
            List<String> reads = List.of("/authors/" + author, "/books/" + book, "/authors", "/stores/" + store + "/books");
            for (String path : reads) {
                SoftAssertions.assertSoftly(s -> s.assertThat(http.get(path).status()).as("GET " + path).isEqualTo(200));
            }

            SoftAssertions softly = new SoftAssertions();
            Files.createFile(fault);
            try {
                for (String path : reads) {
                    Http.Response response = http.get(path);
                    System.out.printf("%s: GET %s with the connection lost: %d %s%n", label, path, response.status(),
                            response.body().replaceAll("\\s+", " "));
                    softly.assertThat(response.status()).as("GET %s with the connection lost (%s)", path, response.body())
                            .isIn(500, 503);
                }
                softly.assertThat(http.get("/healthz/ready").status()).as("readiness with the connection lost")
                        .isEqualTo(503);
            } finally {
                Files.deleteIfExists(fault);
            }

            for (String path : reads) {
                softly.assertThat(http.get(path).status()).as("GET %s once the connection is back", path).isEqualTo(200);
            }
            softly.assertThat(http.get("/healthz/ready").status()).as("readiness once the connection is back")
                    .isEqualTo(200);
            softly.assertAll();
        }
    }

    private static long id(TestDatabase database, String sql) throws Exception {
        try (var c = database.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }
}
