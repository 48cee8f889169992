package io.strata.examples.bookstore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.Http.Response;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.examples.bookstore.testing.RunningBookstores.Running;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** {@code /stores} on a real server over SQLite, H2, PostgreSQL and MariaDB, starting from the sample data. */
class StoreRoutesTest {

    @ParameterizedTest
    @Databases
    void a_stores_books_come_with_their_authors(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);

        JsonNode amazon = app.http().get("/stores/" + app.storeId("Amazon") + "/books").json();
        JsonNode flipkart = app.http().get("/stores/" + app.storeId("Flipkart") + "/books").json();

        assertThat(amazon.get("store").get("name").asText()).isEqualTo("Amazon");
        assertThat(Http.each(amazon.get("books"), "name"))
                .containsExactly("Ansible Refresher", "Exploring SQLAlchemy", "Effective Communication");
        assertThat(amazon.get("books").get(2).get("author").get("name").asText()).isEqualTo("Umang Vanjara");
        assertThat(Http.each(flipkart.get("books"), "name")).containsExactly("Ansible Refresher", "Exploring SQLAlchemy");
        assertThat(app.http().get("/stores/999999/books").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @Databases
    void stocking_a_book_adds_it_once(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);
        String path = "/stores/" + app.storeId("Flipkart") + "/books/" + app.bookId("Effective Communication");

        Response added = app.http().post(path, null);
        Response again = app.http().post(path, null);

        assertThat(added.status()).isEqualTo(201);
        assertThat(Http.each(added.json().get("stores"), "name")).containsExactly("Amazon", "Flipkart");
        assertThat(again.status()).isEqualTo(200);
        assertThat(app.count("book_to_store_map")).isEqualTo(6);
        assertThat(Http.each(app.http().get("/stores/" + app.storeId("Flipkart") + "/books").json().get("books"), "name"))
                .contains("Effective Communication");
        assertThat(app.http().post("/stores/" + app.storeId("Flipkart") + "/books/999999", null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @Databases
    void stocking_a_book_concurrently_answers_201_once_and_the_documented_200_to_the_others(DbKind kind) throws Exception {
        Running app = RunningBookstores.fresh(kind);
        String path = "/stores/" + app.storeId("Flipkart") + "/books/" + app.bookId("Effective Communication");
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return app.http().post(path, null);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.status());
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                assertThat(Http.each(response.json().get("stores"), "name")).containsExactly("Amazon", "Flipkart");
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(app.count("book_to_store_map")).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @Databases
    void stores_are_listed_and_created(DbKind kind) {
        Running app = RunningBookstores.fresh(kind);

        Response created = app.http().post("/stores", "{\"name\": \"Crossword\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(Http.each(app.http().get("/stores").json().get("items"), "name"))
                .containsExactly("Amazon", "Flipkart", "Crossword");
    }
}
