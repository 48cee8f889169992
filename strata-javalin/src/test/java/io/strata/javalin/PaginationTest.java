package io.strata.javalin;

import static io.strata.javalin.RequestSessionTest.assertClosedAndReturned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** paginate(query, ctx) reads page and per_page, caps the size, and answers 400 for bad values and 404 past the end. */
class PaginationTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();

    @ParameterizedTest
    @Databases
    void page_and_per_page_choose_the_page_within_bounds(DbKind kind) {
        Database db = withNotes(kind, 105);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            Http http = app.http();
            assertThat(http.get("/notes").body()).startsWith("{\"titles\":[\"n001\",").endsWith("\"page\":1,\"perPage\":20,\"total\":105}");
            assertThat(http.get("/notes?page=2&per_page=3").body())
                    .isEqualTo("{\"titles\":[\"n004\",\"n005\",\"n006\"],\"page\":2,\"perPage\":3,\"total\":105}");
            assertThat(http.get("/notes?per_page=1000").body()).as("capped at the database's maximum")
                    .endsWith("\"page\":1,\"perPage\":100,\"total\":105}");
            assertThat(http.get("/notes?page=2&per_page=99999999999999").body()).endsWith("\"page\":2,\"perPage\":100,\"total\":105}");

            var past = http.getJson("/notes?page=12&per_page=10");
            assertThat(past.statusCode()).isEqualTo(404);
            assertThat(past.json().get("detail").asText()).startsWith("Page 12 is out of range; there are 11 page(s)");
            assertThat(past.json().get("status").asInt()).isEqualTo(404);
            assertThat(past.json().get("field").asText()).isEqualTo("page");
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void bad_values_answer_400_naming_the_parameter(DbKind kind) {
        Database db = withNotes(kind, 3);
        try (NotesApp app = NotesApp.start(db, strata -> strata.defaultPerPage(2))) {
            Http http = app.http();
            assertThat(http.get("/notes").body()).endsWith("\"perPage\":2,\"total\":3}");
            for (String query : new String[] {"page=abc", "page=0", "page=-1", "page=1.5"}) {
                var response = http.get("/notes?" + query);
                assertThat(response.statusCode()).as(query).isEqualTo(400);
                assertThat(response.detail()).as(query).startsWith("Query parameter 'page' must be a whole number of 1 or more");
                assertThat(response.json().get("field").asText()).as(query).isEqualTo("page");
            }
            var json = http.getJson("/notes?per_page=none");
            assertThat(json.statusCode()).isEqualTo(400);
            assertThat(json.body()).isEqualTo("{\"type\":\"tag:strata.io,2026:problem:invalid-parameter\",\"title\":"
                    + "\"Invalid parameter\",\"status\":400,\"detail\":\"Query parameter 'per_page' must be a whole number of 1"
                    + " or more, got 'none'. Ask for example ?page=2&per_page=20.\",\"field\":\"per_page\"}");
            assertClosedAndReturned(db);
        }
    }

    private static Database withNotes(DbKind kind, int count) {
        Database db = DATABASES.fresh(kind);
        db.useTransaction(session -> IntStream.rangeClosed(1, count)
                .forEach(i -> session.persist(new Note(String.format("n%03d", i)))));
        db.removeSession();
        return db;
    }
}
