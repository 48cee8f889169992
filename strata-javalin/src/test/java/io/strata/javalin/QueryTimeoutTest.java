package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;

import io.javalin.Javalin;
import io.strata.core.Database;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * A request whose statement outlives the query timeout ends at the bound with 503 and Retry-After (the
 * database is too slow now; a client should retry), its work rolled back, and the next request works.
 * (SQLite and H2 run in the process: no server can hang them; SQLite's busy timeout bounds a write's
 * wait for another process's lock.)
 */
class QueryTimeoutTest {

    private static final Duration BOUND = Duration.ofSeconds(1);
    /** Far longer than the bound: only a cancelled statement lets the request end in time. */
    private static final Map<DbKind, String> SLOW = Map.of(
            DbKind.POSTGRESQL, "SELECT 1 FROM (SELECT pg_sleep(20)) s",
            DbKind.MARIADB, "SELECT SLEEP(20) FROM DUAL");

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_statement_past_the_query_timeout_answers_503_at_the_bound_and_rolls_back(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS).queryTimeout(BOUND).build()) {
            db.createAll();
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(new StrataPlugin(strata -> strata.database(db).transactionPerRequest(true)));
                config.routes.post("/slow", ctx -> {
                    Strata.session(ctx).persist(new Note("written before the slow statement"));
                    Strata.session(ctx).flush();
                    Strata.session(ctx).createNativeQuery(SLOW.get(kind), Object.class).getSingleResult();
                    ctx.status(201);
                });
                config.routes.post("/notes", ctx -> {
                    Strata.session(ctx).persist(new Note(ctx.queryParam("title")));
                    ctx.status(201);
                });
            }).start("127.0.0.1", 0);
            try {
                Http http = new Http(app.port());
                assertThat(http.post("/notes?title=warm-up").statusCode()).isEqualTo(201);
                long start = System.nanoTime();
                Http.Response slow = http.post("/slow");
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(slow.statusCode()).isEqualTo(503);
                assertThat(slow.header("Retry-After")).hasValue("5");
                assertThat(took).as("ended at the bound (plus slack), not when the statement would have")
                        .isLessThan(BOUND.plusSeconds(3));
                assertThat(http.post("/notes?title=after").statusCode()).isEqualTo(201);
                assertThat(db.session().createSelectionQuery("select title from Note", String.class).getResultList())
                        .as("the slow request's write was rolled back").containsExactlyInAnyOrder("warm-up", "after");
                db.removeSession();
            } finally {
                app.stop();
            }
        }
    }
}
