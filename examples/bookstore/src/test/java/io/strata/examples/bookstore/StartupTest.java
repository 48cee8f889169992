package io.strata.examples.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.javalin.testing.Http;
import io.strata.examples.bookstore.testing.RunningBookstores;
import io.strata.migrations.runner.SyncResult;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Start-up on SQLite, H2, PostgreSQL and MariaDB: an empty database gets the schema and the sample
 * data once; a database behind the latest revision is upgraded; the health routes answer.
 */
class StartupTest {

    private static final String FIRST_REVISION = "d86d465e0e3e";

    @ParameterizedTest
    @Databases
    void an_empty_database_gets_the_schema_and_the_sample_data_once(DbKind kind, TestDatabase database) {
        try (database) {
            try (Bookstore first = RunningBookstores.start(database)) {
                assertThat(first.syncResult()).isEqualTo(SyncResult.CREATED);
                assertThat(first.sampleDataLoaded()).isTrue();
                assertSampleData(database);
                Http http = Http.json(first.port());
                assertThat(http.get("/healthz/ready").json().get("status").asText()).isEqualTo("UP_TO_DATE");
                assertThat(http.get("/healthz/live").status()).isEqualTo(200);
            }
            try (Bookstore second = RunningBookstores.start(database)) {
                assertThat(second.syncResult()).isEqualTo(SyncResult.ALREADY_UP_TO_DATE);
                assertThat(second.sampleDataLoaded()).isFalse();
                assertSampleData(database);
            }
        }
    }

    @ParameterizedTest
    @Databases
    void a_database_at_an_earlier_revision_is_upgraded_at_start_up(DbKind kind, TestDatabase database) {
        try (database) {
            try (Database db = Database.builder().url(database.url())
                    .migrations(Bookstore.MIGRATIONS).build()) {
                db.upgrade(FIRST_REVISION);
                assertThat(db.existsInDb("author")).isTrue();
                assertThat(db.existsInDb("book")).isFalse();
            }
            try (Bookstore bookstore = RunningBookstores.start(database)) {
                assertThat(bookstore.syncResult()).isEqualTo(SyncResult.UPGRADED);
                assertThat(bookstore.database().currentRevisions()).isEqualTo(bookstore.database().latestRevisions());
                assertThat(bookstore.sampleDataLoaded()).isTrue();
                assertSampleData(database);
                Http http = Http.json(bookstore.port());
                assertThat(http.get("/healthz/ready").status()).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @Databases
    void a_database_behind_the_latest_revision_is_not_ready(DbKind kind, TestDatabase database) {
        try (database) {
            try (Bookstore bookstore = RunningBookstores.start(database)) {
                bookstore.database().downgrade("-1");
                Http.Response ready = Http.json(bookstore.port()).get("/healthz/ready");

                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.json().get("status").asText()).isEqualTo("UPGRADE_AVAILABLE");
                assertThat(ready.body()).doesNotContain(TestDatabase.PASSWORD);
            }
        }
    }

    private static void assertSampleData(TestDatabase database) {
        assertThat(RunningBookstores.count(database, "author")).isEqualTo(3);
        assertThat(RunningBookstores.count(database, "book")).isEqualTo(3);
        assertThat(RunningBookstores.count(database, "store")).isEqualTo(2);
        assertThat(RunningBookstores.count(database, "book_to_store_map")).isEqualTo(5);
    }
}
