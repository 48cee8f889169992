package io.strata.javalin;

import static io.strata.javalin.RequestSessionTest.assertClosedAndReturned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.Javalin;
import io.strata.core.Database;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;

/** A database that cannot be reached, or a connection lost mid-request, is answered 503 with Retry-After, not 500. */
class DatabaseUnavailableTest {

    @RegisterExtension
    static final WebDatabases DATABASES = new WebDatabases();
    private static final String UNAVAILABLE = "The database is unavailable; try again in a few seconds.";

    /** The server ends the request's connection: MariaDB reports SQL state 08, PostgreSQL 57P01 (admin shutdown). */
    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void a_connection_the_server_ends_during_the_request_answers_503_and_the_next_request_works(DbKind kind) {
        Database db = DATABASES.fresh(kind);
        try (NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(true))) {
            Http http = app.http();
            assertUnavailable(http.getJson("/connection-lost"));

            assertThat(http.post("/notes?title=after").statusCode()).isEqualTo(201);
            assertClosedAndReturned(db);
            assertThat(DATABASES.countNotes(kind)).isEqualTo(1);
        }
    }

    /** One unreachable location per kind: a server port nothing listens on, a file that cannot be created. */
    private static final Map<String, String> UNREACHABLE = Map.of(
            "postgresql", "postgresql://app:s3cret-pw@127.0.0.1:1/nowhere",
            "mariadb", "mariadb://app:s3cret-pw@127.0.0.1:1/nowhere",
            "h2", "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere;USER=app;PASSWORD=s3cret-pw",
            "sqlite", "sqlite:////proc/no-such-directory/notes.db");

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void a_database_that_cannot_be_reached_answers_503_without_naming_it(String kind) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new StrataPlugin(strata -> strata
                    .url(UNREACHABLE.get(kind))
                    .models(WebDatabases.MODELS)
                    .property("hikari.connectionTimeout", "300")));
            config.routes.get("/notes/{id}", ctx -> ctx.json(Strata.getOr404(ctx, Note.class, 1L).title));
        }).start("127.0.0.1", 0);
        try {
            Http http = new Http(javalin.port());
            assertUnavailable(http.getJson("/notes/1"));
            Http.Response plain = Http.accepting(javalin.port(), "text/plain").get("/notes/1");
            assertThat(plain.statusCode()).isEqualTo(503);
            assertThat(plain.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(plain.body()).isEqualTo(UNAVAILABLE);
        } finally {
            javalin.stop();
        }
    }

    private static void assertUnavailable(Http.Response response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).isEqualTo("{\"type\":\"tag:strata.io,2026:problem:database-unavailable\",\"title\":"
                + "\"Database unavailable\",\"status\":503,\"detail\":\"" + UNAVAILABLE + "\"}");
    }
}
