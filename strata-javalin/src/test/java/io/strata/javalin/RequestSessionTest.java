package io.strata.javalin;

import static io.strata.javalin.testing.WebDatabases.activeConnections;
import static io.strata.javalin.testing.WebDatabases.openSessions;
import static io.strata.javalin.testing.WebDatabases.sessionsOpened;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** The request's session is opened on first use and closed at the end of every request, its uncommitted work rolled back. */
class RequestSessionTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();

    @ParameterizedTest
    @Databases
    void a_request_that_does_not_touch_the_database_opens_no_session(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            Http http = app.http();
            long before = sessionsOpened(db);
            assertThat(http.get("/plain").statusCode()).isEqualTo(200);
            assertThat(http.get("/no/such/route").statusCode()).isEqualTo(404);
            assertThat(http.get("/healthz/live").statusCode()).isEqualTo(200);
            assertThat(sessionsOpened(db)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @Databases
    void a_request_keeps_the_connection_of_its_first_statement_until_it_ends(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            // Outside a transaction a plain Hibernate session gives its connection back after each statement, so a
            // request reading twice would borrow twice and could queue for the pool between its own statements.
            for (String path : new String[] {"/reads-twice", "/reads-twice-core-first", "/async-reads-twice"}) {
                var response = app.http().getJson(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).contains("\"inUseBetween\":1");
                assertClosedAndReturned(db);
            }
        }
    }

    @ParameterizedTest
    @Databases
    void uncommitted_work_is_rolled_back_and_the_session_closed_after_a_normal_response(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            long before = sessionsOpened(db);
            assertThat(app.http().post("/notes?title=draft").statusCode()).isEqualTo(201);
            assertThat(sessionsOpened(db)).isEqualTo(before + 1);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void work_the_handler_commits_stays(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            assertThat(app.http().post("/notes/commit?title=kept").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @Databases
    void the_session_is_closed_and_its_work_rolled_back_after_an_exception(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            var response = app.http().post("/notes/fail?title=lost");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("boom", "IllegalStateException");
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void the_session_is_closed_and_its_work_rolled_back_after_a_404(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            assertThat(app.http().post("/notes/missing?title=lost").statusCode()).isEqualTo(404);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void the_threads_session_used_through_the_core_api_is_closed_too(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            assertThat(app.http().post("/notes/direct?title=core").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @Databases
    void a_session_opened_on_another_thread_by_an_async_handler_is_closed(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            var response = app.http().getJson("/async");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"count\":0}");
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void sessions_used_on_the_request_thread_and_in_the_async_part_are_both_closed(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            long before = sessionsOpened(db);
            for (int i = 0; i < 5; i++) {
                var response = app.http().getJson("/async-mixed");
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"count\":0}");
            }
            assertThat(sessionsOpened(db) - before).isEqualTo(10);
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void a_session_opened_by_an_after_handler_registered_after_the_plugin_is_closed(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> { })) {
            assertThat(app.http().post("/notes/after-hook?title=late").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isZero();
        }
    }

    /** Every session opened is closed and every connection is back in the pool once the response is received. */
    static void assertClosedAndReturned(Database db) {
        assertThat(openSessions(db)).as("sessions opened but not closed").isZero();
        assertThat(activeConnections(db)).as("connections not returned to the pool").isZero();
    }
}
