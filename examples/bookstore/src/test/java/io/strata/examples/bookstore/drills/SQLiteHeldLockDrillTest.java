package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.javalin.testing.Http;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: another process ({@link SQLiteLockHolder}) holds {@code BEGIN EXCLUSIVE} on the bookstore's SQLite
 * file for three times the busy timeout ({@code DB_BUSY_TIMEOUT=1s}). Writes meanwhile answer 503 with
 * {@code Retry-After} within about the busy timeout (not after 30 s) and save nothing; once the lock is
 * released, every answer matches what the file holds (no 409 or 500 for a saved change, no 2xx for a lost
 * one) and readiness is green, without a restart. Issue 15, item 1.
 */
class SQLiteHeldLockDrillTest {

    private static final long BUSY_MS = 1000;
    /** Far above the busy timeout, far below the 30 s a blocked write used to wait. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void writes_under_another_process_lock_answer_503_and_every_later_answer_matches_the_file(DbKind kind,
            TestDatabase database) throws Exception {
        try (Replica replica = Replica.start("sqlite-held-lock", database.url(),
                io.strata.examples.bookstore.Bookstore.class, List.of("-DDB_BUSY_TIMEOUT=" + BUSY_MS + "ms"))) {
            replica.awaitReady(Duration.ofSeconds(120));
            Http http = Http.json(replica.awaitPort(Duration.ZERO));
            long author = single(database, "SELECT id FROM author WHERE email = 'prakritish@example.com'");
            SoftAssertions softly = new SoftAssertions();
            List<String> refusedEmails = new ArrayList<>();
            String nameBefore = text(database, "SELECT name FROM author WHERE id = " + author);

            try (Replica holder = Replica.start("sqlite-lock-holder", database.url(), SQLiteLockHolder.class,
                    List.of("-Dhold.ms=" + 3 * BUSY_MS))) {
                holder.awaitLine(Pattern.compile("^locked$"), Duration.ofSeconds(60));
                // Both at once, so both meet the lock: a create and a change of an existing row.
                CompletableFuture<Timed> create = CompletableFuture.supplyAsync(() -> Timed.of(() ->
                        http.post("/authors", "{\"email\":\"held@example.com\",\"name\":\"Held\"}")));
                CompletableFuture<Timed> change = CompletableFuture.supplyAsync(() -> Timed.of(() ->
                        http.patch("/authors/" + author, "{\"name\":\"Held\"}")));
                Map<String, Timed> answers = Map.of("POST /authors", create.get(), "PATCH /authors/" + author, change.get());
                boolean released = holder.output().contains("released");
                softly.assertThat(released).as("the lock was still held when both answers came").isFalse();
                for (Map.Entry<String, Timed> answer : answers.entrySet()) {
                    Http.Response response = answer.getValue().response();
                    System.out.printf("sqlite-held-lock: %s under the lock: %d in %d ms%n", answer.getKey(),
                            response.status(), answer.getValue().took().toMillis());
                    softly.assertThat(answer.getValue().took()).as("time to answer %s under the lock", answer.getKey())
                            .isLessThan(BOUND);
                    if (!released) {
                        softly.assertThat(response.status()).as("%s under the lock (%s)", answer.getKey(), response.body())
                                .isEqualTo(503);
                        softly.assertThat(response.header("Retry-After")).as("Retry-After of a 503").isPresent();
                    }
                }
                if (create.get().response().status() == 503) {
                    refusedEmails.add("held@example.com");
                }
                if (change.get().response().status() == 503) {
                    softly.assertThat(text(database, "SELECT name FROM author WHERE id = " + author))
                            .as("the name after a refused PATCH").isEqualTo(nameBefore);
                }
                holder.process().waitFor();
                softly.assertThat(holder.output()).contains("released");
            }

            for (String email : refusedEmails) {
                softly.assertThat(single(database, "SELECT count(*) FROM author WHERE email = '" + email + "'"))
                        .as("rows of %s, refused with 503", email).isZero();
            }
            for (int i = 0; i < 3; i++) {
                String name = "After lock " + i;
                Http.Response patched = http.patch("/authors/" + author, "{\"name\":\"" + name + "\"}");
                softly.assertThat(patched.status()).as("PATCH after the lock (%s)", patched.body()).isEqualTo(200);
                softly.assertThat(text(database, "SELECT name FROM author WHERE id = " + author)).isEqualTo(name);
                String email = "after" + i + "@example.com";
                Http.Response created = http.post("/authors", "{\"email\":\"" + email + "\",\"name\":\"After\"}");
                softly.assertThat(created.status()).as("POST after the lock (%s)", created.body()).isEqualTo(201);
                softly.assertThat(single(database, "SELECT count(*) FROM author WHERE email = '" + email + "'"))
                        .as("rows of %s", email).isEqualTo(1);
                Http.Response duplicate = http.patch("/authors/" + author, "{\"email\":\"" + email + "\"}");
                softly.assertThat(duplicate.status()).as("PATCH to a taken email (%s)", duplicate.body()).isEqualTo(409);
                softly.assertThat(single(database, "SELECT count(*) FROM author WHERE email = '" + email + "'"))
                        .as("rows of %s after a refused PATCH", email).isEqualTo(1);
            }
            softly.assertThat(replica.readyStatus(Duration.ofSeconds(10))).as("readiness after the lock").isEqualTo(200);
            softly.assertAll();
        }
    }

    /** An answer and how long it took. */
    private record Timed(Http.Response response, Duration took) {
        static Timed of(java.util.function.Supplier<Http.Response> request) {
            long start = System.nanoTime();
            Http.Response response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static long single(TestDatabase database, String sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(TestDatabase database, String sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
