package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.Http.Response;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** {@code /authors} on a real server over SQLite, H2, PostgreSQL and MariaDB, starting from the sample data. */
class AuthorRoutesTest {

    @ParameterizedTest
    @Databases
    void get_answers_the_author_with_their_books(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        long id = app.authorId("prakritish@example.com");

        Response response = app.http().get("/authors/" + id);

        assertThat(response.status()).isEqualTo(200);
        JsonNode author = response.json();
        assertThat(author.get("id").asLong()).isEqualTo(id);
        assertThat(author.get("name").asText()).isEqualTo("Prakritish Sen Eshore");
        assertThat(author.get("email").asText()).isEqualTo("prakritish@example.com");
        assertThat(Http.each(author.get("books"), "name")).containsExactly("Ansible Refresher", "Exploring SQLAlchemy");
    }

    @ParameterizedTest
    @Databases
    void get_of_an_unknown_author_is_a_404_and_a_bad_id_a_400(DbKind kind) {
        Http http = RunningBookstores.fresh(kind).http();

        Response missing = http.get("/authors/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("Author 999999 was not found.");
        Response bad = http.get("/authors/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("status").asInt()).isEqualTo(400);
        assertThat(bad.detail()).contains("'id'", "'abc'");
    }

    @ParameterizedTest
    @Databases
    void list_pages_through_the_authors_by_id(DbKind kind) {
        Http http = RunningBookstores.fresh(kind).http();

        JsonNode first = http.get("/authors?per_page=2").json();
        JsonNode second = http.get("/authors?page=2&per_page=2").json();

        assertThat(Http.each(first.get("items"), "email")).containsExactly("prakritish@example.com", "umang@example.com");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(first.get("nextNum").asInt()).isEqualTo(2);
        assertThat(Http.each(second.get("items"), "email")).containsExactly("chandan@example.com");
        assertThat(second.get("hasNext").asBoolean()).isFalse();
        assertThat(http.get("/authors?page=3&per_page=2").status()).isEqualTo(404);
        assertThat(http.get("/authors?per_page=0").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @Databases
    void post_creates_an_author_once_then_finds_it_by_email(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        Http http = app.http();

        Response created = http.post("/authors", "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}");
        Response found = http.post("/authors", "{\"name\": \"Someone Else\", \"email\": \"ada@example.org\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
        assertThat(found.json().get("name").asText()).as("found, not updated").isEqualTo("Ada Lovelace");
        assertThat(app.count("author")).isEqualTo(4);
    }

    @ParameterizedTest
    @Databases
    void concurrent_posts_of_one_email_create_one_author(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Response>> answers = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> app.http().post("/authors",
                            "{\"name\": \"Racer " + i + "\", \"email\": \"racer@example.org\"}"), pool))
                    .toList();
            List<Response> responses = answers.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(Response::status).containsOnly(201, 200);
            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses).extracting(r -> r.json().get("id").asLong()).containsOnly(app.authorId("racer@example.org"));
            assertThat(app.count("author")).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @Databases
    void patch_changes_the_name_and_the_email(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        long id = app.authorId("chandan@example.com");

        Response renamed = app.http().patch("/authors/" + id, "{\"name\": \"Chandan Dutta Chowdhury\"}");
        Response moved = app.http().patch("/authors/" + id, "{\"email\": \"chandan@example.org\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Chandan Dutta Chowdhury");
        assertThat(moved.json().get("email").asText()).isEqualTo("chandan@example.org");
        JsonNode stored = app.http().get("/authors/" + id).json();
        assertThat(stored.get("name").asText()).isEqualTo("Chandan Dutta Chowdhury");
        assertThat(stored.get("email").asText()).isEqualTo("chandan@example.org");
    }

    @ParameterizedTest
    @Databases
    void delete_removes_an_author_without_books_and_refuses_one_with_books(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        long chandan = app.authorId("chandan@example.com");
        long prakritish = app.authorId("prakritish@example.com");

        assertThat(app.http().delete("/authors/" + chandan).status()).isEqualTo(204);
        assertThat(app.http().get("/authors/" + chandan).status()).isEqualTo(404);
        assertThat(app.http().delete("/authors/" + chandan).status()).isEqualTo(404);
        Response refused = app.http().delete("/authors/" + prakritish);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("has 2 book(s)");
        assertThat(app.count("author")).isEqualTo(2);
    }

    @ParameterizedTest
    @Databases
    void search_finds_the_authors_at_an_email_domain(DbKind kind) {
        Http http = RunningBookstores.fresh(kind).http();
        http.post("/authors", "{\"name\": \"Grace\", \"email\": \"grace@navy.mil\"}");
        http.post("/authors", "{\"name\": \"Edgar\", \"email\": \"edgar@example.com.evil\"}");

        JsonNode example = http.get("/authors/search?domain=example.com").json();
        JsonNode navy = http.get("/authors/search?domain=NAVY.mil").json();

        assertThat(Http.each(example.get("items"), "email"))
                .containsExactly("prakritish@example.com", "umang@example.com", "chandan@example.com");
        assertThat(Http.each(navy.get("items"), "email")).containsExactly("grace@navy.mil");
        assertThat(http.get("/authors/search?domain=%25").json().get("items")).as("% is not a wildcard").isEmpty();
        assertThat(http.get("/authors/search?domain=").status()).isEqualTo(400);
        assertThat(http.get("/authors/search?domain=a@b").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @Databases
    void book_counts_join_and_group_authors_with_their_books(DbKind kind) {
        Http http = RunningBookstores.fresh(kind).http();

        JsonNode counts = http.get("/authors/book-counts").json().get("items");

        assertThat(Http.each(counts, "email")).containsExactly("prakritish@example.com", "umang@example.com",
                "chandan@example.com");
        assertThat(Http.each(counts, "books")).containsExactly("2", "1", "0");
    }
}
