package io.strata.javalin;

import static io.strata.javalin.RequestSessionTest.assertClosedAndReturned;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** getOr404, firstOr404, oneOr404 and the core's NoRowFoundException answer a 404 problem with a description. */
class NotFoundTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();

    private static final String NOT_FOUND = "{\"type\":\"tag:strata.io,2026:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,";

    @ParameterizedTest
    @Databases
    void getOr404_finds_by_primary_key_or_answers_404(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            Http http = app.http();
            String id = http.post("/notes/commit?title=found").body().replaceAll("\\D", "");
            assertThat(http.get("/notes/" + id).body()).isEqualTo("{\"title\":\"found\"}");

            var any = http.get("/notes/999");
            assertThat(any.statusCode()).isEqualTo(404);
            assertThat(any.contentType()).isEqualTo("application/problem+json;charset=utf-8");
            assertThat(any.body()).isEqualTo(NOT_FOUND + "\"detail\":\"Note 999 was not found.\"}");

            var json = http.getJson("/notes/999");
            assertThat(json.statusCode()).isEqualTo(404);
            assertThat(json.contentType()).isEqualTo("application/json;charset=utf-8");
            assertThat(json.body()).isEqualTo(any.body());

            assertThat(http.getJson("/described/999").body())
                    .isEqualTo(NOT_FOUND + "\"detail\":\"No note with that id; list them at /notes.\"}");
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void firstOr404_and_oneOr404_answer_404_when_nothing_matches(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            Http http = app.http();
            http.post("/notes/commit?title=alpha");
            http.post("/notes/commit?title=alps");

            assertThat(http.get("/first?title=al%25").body()).isEqualTo("{\"title\":\"alpha\"}");
            assertThat(http.getJson("/first?title=zz%25").body())
                    .isEqualTo(NOT_FOUND + "\"detail\":\"No note is titled so.\"}");

            assertThat(http.get("/one?title=alps").body()).isEqualTo("{\"title\":\"alps\"}");
            var none = http.getJson("/one?title=zz");
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(none.body()).isEqualTo(NOT_FOUND + "\"detail\":\"Nothing matches the request.\"}");
            assertThat(http.get("/one?title=al%25").statusCode()).as("several rows are the query's error").isEqualTo(500);
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void the_cores_NoRowFoundException_answers_404(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            var response = app.http().getJson("/getone?title=ghost");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(NOT_FOUND + "\"detail\":\"No Note matches {title=ghost}.\"}");
            assertClosedAndReturned(db);
        }
    }
}
