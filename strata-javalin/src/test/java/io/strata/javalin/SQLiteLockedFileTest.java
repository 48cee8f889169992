package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.NotesApp;
import io.strata.javalin.testing.WebDatabases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Another connection holds a SQLite file's write lock past the busy timeout: the blocked writes answer
 * 503 with Retry-After (saving nothing), and once the lock is released every answer matches what the file
 * holds, with readiness green, without a restart.
 */
class SQLiteLockedFileTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void writes_blocked_past_the_busy_timeout_answer_503_and_every_later_answer_matches_the_file(
            boolean transactionPerRequest) throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE);
                Database db = Database.builder().url(file.url()).models(WebDatabases.MODELS)
                        .migrations("io.strata.javalin.migrations").busyTimeout(Duration.ofMillis(300)).build();
                NotesApp app = NotesApp.start(db, strata -> strata.transactionPerRequest(transactionPerRequest))) {
            db.upgrade();
            Http http = app.http();
            // Without a transaction per request, the route commits its own.
            String create = transactionPerRequest ? "/notes?title=" : "/notes/commit?title=";
            List<String> saved = new ArrayList<>();
            assertThat(http.post(create + "before").statusCode()).isEqualTo(201);
            saved.add("before");

            try (Connection holder = file.connect(); Statement s = holder.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                for (int i = 0; i < 3; i++) {
                    Http.Response blocked = http.post(create + "blocked" + i);
                    assertThat(blocked.statusCode()).isEqualTo(503);
                    assertThat(blocked.header("Retry-After")).hasValue("5");
                }
                s.execute("COMMIT");
            }

            for (int i = 0; i < 4; i++) {
                Http.Response after = http.post(create + "after" + i);
                assertThat(after.statusCode()).isEqualTo(201);
                saved.add("after" + i);
            }
            assertThat(titles(file)).containsExactlyElementsOf(saved);
            assertThat(http.get("/healthz/ready").statusCode()).isEqualTo(200);
        }
    }

    private static List<String> titles(TestDatabase file) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = file.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT title FROM notes ORDER BY id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
