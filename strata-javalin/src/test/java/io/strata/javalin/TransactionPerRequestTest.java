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

/** In transaction-per-request mode the request's work is committed when it answers below 400 and rolled back otherwise. */
class TransactionPerRequestTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();

    @ParameterizedTest
    @Databases
    void a_2xx_response_commits_the_requests_work(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            Http http = app.http();
            assertThat(http.post("/notes?title=a").statusCode()).isEqualTo(201);
            assertThat(http.post("/notes/direct?title=b").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).as("a, b and b-uncommitted").isEqualTo(3);
        }
    }

    @ParameterizedTest
    @Databases
    void a_4xx_or_5xx_response_rolls_the_requests_work_back(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            Http http = app.http();
            assertThat(http.post("/notes/fail?title=a").statusCode()).isEqualTo(500);
            assertThat(http.post("/notes/unprocessable?title=b").statusCode()).isEqualTo(422);
            assertThat(http.post("/notes/missing?title=c").statusCode()).isEqualTo(404);
            assertThat(http.post("/notes/after-hook?title=d").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).as("only the after-hook's note, in a 201").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @Databases
    void a_commit_that_a_unique_constraint_refuses_turns_the_response_into_a_409_and_leaves_nothing_behind(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            Http http = app.http();
            http.post("/notes?title=first");
            String second = http.post("/notes?title=second").body();
            String id = second.replaceAll("\\D", "");

            var response = http.post("/notes/" + id + "/rename?title=first");
            // The UPDATE runs at the commit, after the handler: its refusal still becomes the answer.
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.json().get("field").asText()).isEqualTo("title");
            assertThat(response.detail()).isEqualTo("The change conflicts with existing data: another Note has the same title,"
                    + " which must be unique.");
            assertClosedAndReturned(db);
            assertThat(http.get("/notes/" + id).body()).isEqualTo("{\"title\":\"second\"}");
        }
    }
}
