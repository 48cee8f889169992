package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.Http.Response;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** {@code /books} on a real server over SQLite, H2, PostgreSQL and MariaDB, starting from the sample data. */
class BookRoutesTest {

    @ParameterizedTest
    @Databases
    void list_pages_through_the_books_with_their_authors(DbKind kind) {
        Http http = RunningBookstores.fresh(kind).http();

        JsonNode first = http.get("/books?per_page=2").json();
        JsonNode second = http.get("/books?page=2&per_page=2").json();

        assertThat(Http.each(first.get("items"), "name")).containsExactly("Ansible Refresher", "Exploring SQLAlchemy");
        assertThat(first.get("items").get(0).get("author").get("email").asText()).isEqualTo("prakritish@example.com");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items").get(0).get("name").asText()).isEqualTo("Effective Communication");
        assertThat(second.get("items").get(0).get("author").get("name").asText()).isEqualTo("Umang Vanjara");
    }

    @ParameterizedTest
    @Databases
    void get_answers_the_book_with_its_author_and_stores(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);

        JsonNode book = app.http().get("/books/" + app.bookId("Exploring SQLAlchemy")).json();
        JsonNode communication = app.http().get("/books/" + app.bookId("Effective Communication")).json();

        assertThat(book.get("author").get("name").asText()).isEqualTo("Prakritish Sen Eshore");
        assertThat(Http.each(book.get("stores"), "name")).containsExactly("Amazon", "Flipkart");
        assertThat(Http.each(communication.get("stores"), "name")).containsExactly("Amazon");
        assertThat(app.http().get("/books/999999").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @Databases
    void post_creates_a_book_by_an_author_or_by_nobody_yet(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        long umang = app.authorId("umang@example.com");

        Response byUmang = app.http().post("/books", "{\"name\": \"Refactoring Flask\", \"authorId\": " + umang + "}");
        Response anonymous = app.http().post("/books", "{\"name\": \"Untitled Notes\"}");

        assertThat(byUmang.status()).isEqualTo(201);
        assertThat(byUmang.json().get("author").get("id").asLong()).isEqualTo(umang);
        assertThat(anonymous.status()).isEqualTo(201);
        assertThat(anonymous.json().get("author").isNull()).isTrue();
        JsonNode stored = app.http().get("/books/" + byUmang.json().get("id").asLong()).json();
        assertThat(stored.get("name").asText()).isEqualTo("Refactoring Flask");
        assertThat(stored.get("stores")).isEmpty();
        assertThat(Http.each(app.http().get("/authors/" + umang).json().get("books"), "name"))
                .containsExactly("Effective Communication", "Refactoring Flask");
    }
}
