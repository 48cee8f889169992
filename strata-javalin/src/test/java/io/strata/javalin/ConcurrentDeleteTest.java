package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.javalin.Javalin;
import io.strata.core.Database;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/**
 * Concurrent DELETEs of one row: every request read the row, then all delete it at once. One deletes it
 * (204); the others find it already gone when their DELETE affects no row, and answer 404 as for any
 * missing row, never 500. A stale UPDATE is not this case: it is a 409 (read it again), never a 404.
 */
class ConcurrentDeleteTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();
    private static final int CLIENTS = 4;

    /** The row is deleted, committed, between the request's read and its UPDATE at commit: 409, not 404 nor 500. */
    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.H2})
    void an_update_of_a_row_deleted_meanwhile_answers_409(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new StrataPlugin(strata -> strata.database(db).transactionPerRequest(true)));
            config.routes.post("/notes", ctx -> {
                Note note = new Note(ctx.queryParam("title"));
                Strata.session(ctx).persist(note);
                ctx.status(201).json(Map.of("id", note.id));
            });
            config.routes.post("/notes/{id}/rename", ctx -> {
                long id = ctx.pathParamAsClass("id", Long.class).get();
                Strata.getOr404(ctx, Note.class, id).title = ctx.queryParam("title");
                try (var other = db.dataSource().getConnection(); var delete = other.prepareStatement(
                        "DELETE FROM notes WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
                ctx.status(200);
            });
        }).start("127.0.0.1", 0);
        try {
            Http http = new Http(app.port());
            long id = http.post("/notes?title=renamed-away").json().path("id").asLong();
            Http.Response response = http.post("/notes/" + id + "/rename?title=late");
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.json().path("detail").asText())
                    .isEqualTo("Note " + id + " was changed or deleted by another request meanwhile; read it again and retry.");
        } finally {
            app.stop();
        }
    }

    @ParameterizedTest
    @Databases
    void the_losers_of_concurrent_deletes_of_one_row_answer_404(DbKind kind) throws Exception {
        Database db = DATABASES.fresh(kind);
        CyclicBarrier allRead = new CyclicBarrier(CLIENTS);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new StrataPlugin(strata -> strata.database(db).transactionPerRequest(true)));
            config.routes.post("/notes", ctx -> {
                Note note = new Note(ctx.queryParam("title"));
                Strata.session(ctx).persist(note);
                ctx.status(201).json(Map.of("id", note.id));
            });
            config.routes.delete("/notes/{id}", ctx -> {
                Note note = Strata.getOr404(ctx, Note.class, ctx.pathParamAsClass("id", Long.class).get());
                // Every request has the row in hand before any deletes it (SQLite: the writers take turns).
                if (!kind.equals(DbKind.SQLITE)) {
                    allRead.await(20, TimeUnit.SECONDS);
                }
                Strata.session(ctx).remove(note);
                ctx.status(204);
            });
        }).start("127.0.0.1", 0);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            Http http = new Http(app.port());
            long id = http.post("/notes?title=doomed").json().path("id").asLong();
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(clients.submit(() -> http.delete("/notes/" + id)));
            }
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(Http.Response::statusCode, Collectors.counting()));
            assertThat(byStatus).as("statuses of %d concurrent deletes of one row", CLIENTS)
                    .isEqualTo(Map.of(204, 1L, 404, (long) CLIENTS - 1));
            assertThat(responses).filteredOn(r -> r.statusCode() == 404).allSatisfy(r -> {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().path("type").asText()).endsWith(":not-found");
                assertThat(r.json().path("detail").asText()).isIn("Note " + id
                        + " was deleted by another request meanwhile.", "Note " + id + " was not found.");
            });
            assertThat(DATABASES.countNotes(kind)).isZero();
        } finally {
            clients.shutdownNow();
            app.stop();
        }
    }
}
