package io.strata.javalin;

import static io.strata.javalin.RequestSessionTest.assertClosedAndReturned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * GET, HEAD and OPTIONS requests are never wrapped in the request's transaction: they read in
 * autocommit mode, so a slow read holds no lock a writer waits for (SQLite's transactions take the
 * write lock when they begin).
 */
class SafeMethodsTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();

    @ParameterizedTest
    @Databases
    void in_transaction_per_request_mode_only_methods_that_write_get_a_transaction(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            assertThat(app.http().get("/transaction").body()).isEqualTo("{\"active\":false}");
            assertThat(app.http().post("/transaction").body()).isEqualTo("{\"active\":true}");
            assertClosedAndReturned(db);
        }
    }

    @ParameterizedTest
    @Databases
    void a_write_commits_while_a_get_is_still_answering(DbKind kind) throws Exception {
        Database db = DATABASES.fresh(kind);
        long id = db.inTransaction(session -> {
            Note note = new Note("read");
            session.persist(note);
            session.flush();
            return note.id;
        });
        db.removeSession();
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            CompletableFuture<Http.Response> read =
                    CompletableFuture.supplyAsync(() -> app.http().get("/notes/" + id + "/held"));
            assertThat(app.awaitHeldRead()).as("the GET read its note").isTrue();

            // With the GET in a transaction, SQLite would make this writer wait for the GET to end
            // (then fail with SQLITE_BUSY after the busy timeout).
            CompletableFuture<Integer> write = CompletableFuture.supplyAsync(
                    () -> app.http().post("/notes?title=written").statusCode());
            assertThat(write.get(20, TimeUnit.SECONDS)).isEqualTo(201);
            assertThat(read).isNotDone();

            app.releaseHeldRead();
            assertThat(read.get(20, TimeUnit.SECONDS).body()).isEqualTo("{\"title\":\"read\"}");
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isEqualTo(2);
        }
    }
}
