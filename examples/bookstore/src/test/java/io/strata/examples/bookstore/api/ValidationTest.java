package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.Http.Response;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * Bad input answers 400 and conflicts 409, as problem details (RFC 9457) whose detail and field name what is wrong,
 * and leaves nothing half-written; on SQLite, H2, PostgreSQL and MariaDB.
 */
class ValidationTest {

    @ParameterizedTest
    @Databases
    void malformed_or_non_object_json_is_a_400(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();

        assertError(http.post("/authors", "{\"name\": \"Ada\","), 400, "not valid JSON", "line 1");
        assertError(http.post("/authors", "{\"email\": \"a@b.c\"} trailing"), 400, "not valid JSON");
        assertError(http.post("/authors", "{\"email\": \"a@b.c\"} {}"), 400, "has more after its JSON value");
        assertError(http.post("/authors", "[\"a@b.c\"]"), 400, "must be a JSON object");
        assertError(http.post("/authors", null), 415, "send it with Content-Type: application/json");
        assertError(http.post("/books", "\"Dune\""), 400, "must be a JSON object");
        assertThat(app.count("author")).isEqualTo(3);
    }

    @ParameterizedTest
    @Databases
    void missing_blank_unknown_or_mistyped_fields_are_a_400_naming_the_field(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();

        assertError(http.post("/authors", "{\"name\": \"Ada\"}"), 400, "'email' is required");
        assertError(http.post("/authors", "{\"email\": null}"), 400, "'email' is required");
        assertError(http.post("/authors", "{\"email\": \"  \"}"), 400, "'email' must not be blank");
        assertError(http.post("/authors", "{\"email\": 42}"), 400, "'email' must be a string");
        assertError(http.post("/authors", "{\"email\": \"not-an-address\"}"), 400, "'email' must be an email address");
        assertError(http.post("/authors", "{\"email\": \"a@b.c\", \"age\": 3}"), 400, "Unknown field 'age'");
        assertError(http.post("/books", "{}"), 400, "'name' is required");
        assertError(http.post("/books", "{\"name\": \"Dune\", \"authorId\": \"one\"}"), 400, "'authorId' must be a whole number");
        assertError(http.post("/books", "{\"name\": \"Dune\", \"authorId\": 999999}"), 400, "author 999999, which does not exist");
        assertError(http.post("/stores", "{\"title\": \"Dune\"}"), 400, "Unknown field 'title'");
        assertError(http.patch("/authors/" + app.authorId("umang@example.com"), "{}"), 400, "Give 'name' and/or 'email'");
        assertThat(app.count("author")).isEqualTo(3);
        assertThat(app.count("book")).isEqualTo(3);
        assertThat(app.count("store")).isEqualTo(2);
    }

    @ParameterizedTest
    @Databases
    void strings_longer_than_their_column_are_a_400(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();
        String email31 = "a".repeat(19) + "@example.com";
        String name51 = "b".repeat(51);

        assertError(http.post("/authors", "{\"email\": \"" + email31 + "\"}"), 400, "'email' is 31 characters long",
                "most it can hold is 30");
        assertError(http.post("/authors", "{\"email\": \"x@example.com\", \"name\": \"" + "n".repeat(31) + "\"}"), 400,
                "'name' is 31 characters long");
        assertError(http.post("/books", "{\"name\": \"" + name51 + "\"}"), 400, "'name' is 51 characters long");
        assertError(http.post("/stores", "{\"name\": \"" + name51 + "\"}"), 400, "'name' is 51 characters long");
        assertThat(http.post("/books", "{\"name\": \"" + "b".repeat(50) + "\"}").status()).as("exactly the column's length")
                .isEqualTo(201);
        assertThat(app.count("author")).isEqualTo(3);
        assertThat(app.count("book")).isEqualTo(4);
    }

    @ParameterizedTest
    @Databases
    void duplicate_unique_values_are_a_409(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();
        long umang = app.authorId("umang@example.com");

        assertError(http.post("/books", "{\"name\": \"Ansible Refresher\"}"), 409, "already named 'Ansible Refresher'");
        assertError(http.post("/stores", "{\"name\": \"Amazon\"}"), 409, "already named 'Amazon'");
        assertError(http.patch("/authors/" + umang, "{\"email\": \"chandan@example.com\"}"), 409,
                "already has the email chandan@example.com");
        assertThat(app.count("book")).isEqualTo(3);
        assertThat(app.count("store")).isEqualTo(2);
    }

    @ParameterizedTest
    @Databases
    void a_refused_request_leaves_none_of_its_changes_behind(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        long umang = app.authorId("umang@example.com");

        // The name is set on the entity before the email turns out to be taken: the 409 rolls both back.
        Response refused = app.http().patch("/authors/" + umang, "{\"name\": \"Renamed\", \"email\": \"chandan@example.com\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(app.http().get("/authors/" + umang).json().get("name").asText()).isEqualTo("Umang Vanjara");
    }

    @ParameterizedTest
    @Databases
    void racing_duplicates_caught_by_the_database_are_a_409_too(DbKind kind) throws Exception {
        Running app = RunningBookstores.fresh(kind);
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return app.http().post("/books", "{\"name\": \"The Race\"}");
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(Response::status).toList();

            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            for (CompletableFuture<Response> answer : answers) {
                if (answer.join().status() == 409) {
                    assertThat(answer.join().json().get("status").asInt()).isEqualTo(409);
                    assertThat(answer.join().detail()).containsAnyOf("already named", "conflicts with existing data");
                }
            }
            assertThat(app.count("book")).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(Response response, int status, String... fragments) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.detail()).contains(fragments);
    }
}
