package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.shelf.Shelf;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.ShelfApp;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * The plugin's JSON mapper writes entities as they are: java.time values as ISO-8601 strings, a lazy
 * association that was not loaded left out, one that was loaded as its entity.
 */
class JsonMapperTest {

    @RegisterExtension
    static final SharedDatabases<Database> DATABASES = ShelfApp.databases();

    @ParameterizedTest
    @Databases
    void entities_with_java_time_values_and_lazy_associations_are_written_as_json(DbKind kind) {
        Database db = ShelfApp.fresh(DATABASES, kind);
        try (ShelfApp app = ShelfApp.start(db)) {
            Http http = app.accepting("application/json");
            Http.Response created = http.post("/shelves",
                    "{\"name\": \"Poetry\", \"createdAt\": \"2026-01-31T12:30:00Z\", \"opened\": \"2026-02-01\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).isEqualTo("{\"id\":1,\"name\":\"Poetry\",\"createdAt\":\"2026-01-31T12:30:00Z\","
                    + "\"opened\":\"2026-02-01\"}");
            Shelf stored = db.inTransaction(session -> session.find(Shelf.class, 1L));
            assertThat(stored.createdAt).isEqualTo(Instant.parse("2026-01-31T12:30:00Z"));
            assertThat(stored.opened).isEqualTo(LocalDate.parse("2026-02-01"));
            assertThat(http.get("/shelves/1").body()).isEqualTo(created.body());

            assertThat(http.post("/items?title=Odes&shelf=1").status()).isEqualTo(201);
            assertThat(http.get("/items/1").body()).as("the shelf was not loaded: left out, not fetched")
                    .isEqualTo("{\"id\":1,\"title\":\"Odes\"}");
            assertThat(http.get("/items/1?shelf").body()).as("a loaded proxy is written as its entity")
                    .isEqualTo("{\"id\":1,\"title\":\"Odes\",\"shelf\":" + created.body() + "}");
        }
    }
}
