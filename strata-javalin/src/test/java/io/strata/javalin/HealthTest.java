package io.strata.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.Javalin;
import io.strata.core.Database;
import io.strata.core.HibernateBoot;
import io.strata.core.ModelException;
import io.strata.core.testing.GatedBoot;
import io.strata.javalin.deploy.Widgets;
import io.strata.javalin.testing.Http;
import io.strata.javalin.testing.WebDatabases;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.DatabaseAheadException;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SyncResult;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** /healthz/live always answers 200; /healthz/ready answers 503 until the schema is at the latest revision. */
class HealthTest {

    private static final String R1 = "e1a2b3c4d5f6";
    private static final String R2 = "f2b3c4d5e6a7";

    @ParameterizedTest
    @Databases
    void ready_follows_the_schema_status_and_never_shows_the_password(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS)
                        .migrations("io.strata.javalin.migrations").build();
                Running app = Running.with(strata -> strata.database(db))) {
            Http http = app.http();
            assertThat(http.get("/healthz/live").statusCode()).isEqualTo(200);
            assertThat(http.get("/healthz/live").body()).isEqualTo("{\"status\":\"alive\"}");

            var empty = http.get("/healthz/ready");
            assertThat(empty.statusCode()).as("no version table yet").isEqualTo(503);
            assertThat(empty.body()).startsWith("{\"ready\":false,\"status\":\"NO_INFO\",\"error\":");

            db.upgrade(R1);
            var behind = http.get("/healthz/ready");
            assertThat(behind.statusCode()).isEqualTo(503);
            assertThat(behind.body()).startsWith("{\"ready\":false,\"status\":\"UPGRADE_AVAILABLE\",\"currentRevision\":\""
                    + R1 + "\",\"latestRevision\":\"" + R2 + "\",\"error\":\"The database schema is behind");

            db.upgrade();
            var ready = http.get("/healthz/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"ready\":true,\"status\":\"UP_TO_DATE\"}");

            for (String body : new String[] {empty.body(), behind.body(), ready.body()}) {
                assertThat(body).doesNotContain(TestDatabase.PASSWORD, TestDatabase.USER + ":", "Exception");
            }
        }
    }

    /** An old replica stays ready while a newer one applies compatible revisions, and says exactly why it stops. */
    @ParameterizedTest
    @Databases
    void ready_stays_200_while_the_database_is_ahead_by_compatible_revisions_only(DbKind kind, TestDatabase server) {
        try (Database old = Database.builder().url(server.url()).revisions(Widgets.R1).build();
                Running app = Running.with(strata -> strata.database(old))) {
            Http http = app.http();
            old.upgrade();
            assertThat(http.get("/healthz/ready").statusCode()).isEqualTo(200);

            newer(server, Widgets.R2).upgrade("head");
            var compatible = http.get("/healthz/ready");
            assertThat(compatible.statusCode()).as(compatible.body()).isEqualTo(200);
            assertThat(compatible.body()).startsWith("{\"ready\":true,\"status\":\"AHEAD_COMPATIBLE\"")
                    .contains("w2 (compatible: additive only)");
            assertThat(old.sync()).isEqualTo(SyncResult.AHEAD_COMPATIBLE);

            newer(server, Widgets.R3).upgrade("head");
            var breaking = http.get("/healthz/ready");
            assertThat(breaking.statusCode()).isEqualTo(503);
            assertThat(breaking.body()).startsWith("{\"ready\":false,\"status\":\"AHEAD_BREAKING\",\"currentRevision\":\"w3\"")
                    .contains("\"error\":\"The database is ahead of this code by breaking revision(s)"
                            + " w3 (breaking: drops column widget.note)")
                    .doesNotContain("behind", TestDatabase.PASSWORD);
            assertThatThrownBy(old::sync).isInstanceOf(DatabaseAheadException.class).hasMessageContaining("w3");
        }
    }

    /** The new code stays ready while its contract revision waits for the operator; so does the old code. */
    @ParameterizedTest
    @Databases
    void ready_stays_200_while_a_contract_revision_waits_for_the_operator(DbKind kind, TestDatabase server) {
        try (Database db = Database.builder().url(server.url()).revisions(Widgets.CONTRACT).build();
                Running app = Running.with(strata -> strata.database(db))) {
            Http http = app.http();
            newer(server, Widgets.R1).upgrade("head");
            assertThat(db.sync()).isEqualTo(SyncResult.CONTRACT_PENDING);
            var waiting = http.get("/healthz/ready");
            assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
            assertThat(waiting.body()).startsWith("{\"ready\":true,\"status\":\"CONTRACT_PENDING\",\"currentRevision\":\"w2\"")
                    .contains("db upgrade --contract");

            db.upgradeWithContracts("heads");
            assertThat(http.get("/healthz/ready").body()).startsWith("{\"ready\":true,\"status\":\"UP_TO_DATE\"");
        }
    }

    private static Migrator newer(TestDatabase server, RevisionSet revisions) {
        return Migrator.builder().connections(server::connect).revisions(revisions).build();
    }

    /** A long migration run through the plugin after the server started: alive, not ready, then ready. */
    @ParameterizedTest
    @Databases(DbKind.SQLITE)
    void while_sync_runs_live_answers_200_and_ready_503_migrating(DbKind kind, TestDatabase server) throws Exception {
        try (Database db = Database.builder().url(server.url()).revisions(Widgets.SLOW).build()) {
            StrataPlugin plugin = new StrataPlugin(db);
            Javalin javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(plugin);
            }).start("127.0.0.1", 0);
            try {
                Http http = new Http(javalin.port());
                CompletableFuture<SyncResult> sync = CompletableFuture.supplyAsync(plugin::sync);
                assertThat(Widgets.STARTED.await(20, TimeUnit.SECONDS)).as("the migration started").isTrue();
                assertThat(http.get("/healthz/live").statusCode()).isEqualTo(200);
                var migrating = http.get("/healthz/ready");
                assertThat(migrating.statusCode()).isEqualTo(503);
                assertThat(migrating.body()).startsWith("{\"ready\":false,\"status\":\"MIGRATING\"").contains("being migrated");
                Widgets.RELEASE.countDown();
                assertThat(sync.get(20, TimeUnit.SECONDS)).isEqualTo(SyncResult.CREATED);
                assertThat(http.get("/healthz/ready").statusCode()).isEqualTo(200);
            } finally {
                Widgets.RELEASE.countDown();
                javalin.stop();
            }
        }
    }

    /**
     * Hibernate's session factory built in the background ({@link HibernateBoot#IN_BACKGROUND}, the build held
     * by a gate): the server listens and migrates meanwhile, live answers 200, ready 503 STARTING, and a
     * request that needs a session waits for the build and is then answered.
     */
    @ParameterizedTest
    @Databases
    void while_hibernate_boots_live_answers_200_and_ready_503_starting(DbKind kind, TestDatabase server) throws Exception {
        GatedBoot.reset();
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS)
                .migrations("io.strata.javalin.migrations").property(GatedBoot.PROPERTY, "true")
                .hibernateBoot(HibernateBoot.IN_BACKGROUND).build()) {
            assertThat(GatedBoot.entered().await(20, TimeUnit.SECONDS)).as("the build runs on its own thread").isTrue();
            StrataPlugin plugin = new StrataPlugin(db);
            Javalin javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(plugin);
                config.routes.get("/notes/count", ctx -> ctx.result(String.valueOf(
                        Strata.session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult())));
            }).start("127.0.0.1", 0);
            try {
                Http http = new Http(javalin.port());
                assertThat(plugin.sync()).as("migrations need no session").isIn(SyncResult.CREATED, SyncResult.UPGRADED);
                assertThat(db.booting()).isTrue();
                assertThat(http.get("/healthz/live").statusCode()).isEqualTo(200);
                var starting = http.get("/healthz/ready");
                assertThat(starting.statusCode()).isEqualTo(503);
                assertThat(starting.body()).isEqualTo("{\"ready\":false,\"status\":\"STARTING\",\"error\":\"Hibernate is"
                        + " starting (its session factory is being built); ready once it is.\"}");

                CompletableFuture<Http.Response> count = CompletableFuture.supplyAsync(() -> http.get("/notes/count"));
                Thread.sleep(300);
                assertThat(count).as("a request that needs a session waits for the build").isNotDone();
                GatedBoot.open();
                assertThat(count.get(20, TimeUnit.SECONDS).body()).isEqualTo("0");
                db.awaitBoot();
                var ready = http.get("/healthz/ready");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).isEqualTo("{\"ready\":true,\"status\":\"UP_TO_DATE\"}");
            } finally {
                GatedBoot.reset();
                javalin.stop();
            }
        }
    }

    /** A build that failed in the background: not ready, saying why in general terms, never the exception. */
    @ParameterizedTest
    @Databases
    void ready_answers_503_when_hibernate_could_not_start(DbKind kind, TestDatabase server) {
        // validateSchema against a database without the models' tables: the build fails, the open does not.
        try (Database db = Database.builder().url(server.url()).models(WebDatabases.MODELS)
                .migrations("io.strata.javalin.migrations").validateSchema(true)
                .hibernateBoot(HibernateBoot.IN_BACKGROUND).build();
                Running app = Running.with(strata -> strata.database(db))) {
            assertThatThrownBy(db::awaitBoot).isInstanceOf(ModelException.class).hasMessageContaining("missing table");
            db.upgrade();
            assertThat(app.http().get("/healthz/live").statusCode()).isEqualTo(200);
            var failed = app.http().get("/healthz/ready");
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(failed.body()).isEqualTo("{\"ready\":false,\"status\":\"NO_INFO\",\"error\":\"Hibernate could not"
                    + " start (its session factory was not built); the application's log has the cause. Fix it and restart"
                    + " the application.\"}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void ready_answers_503_when_the_database_is_unreachable_without_showing_the_password(String scheme) {
        // The plugin builds this Database from its settings; start-up does not need the database.
        String url = scheme + "://app:s3cret-pw@127.0.0.1:1/nowhere";
        try (Running app = Running.with(strata -> strata.url(url).models(WebDatabases.MODELS)
                .property("hikari.connectionTimeout", "300"))) {
            var response = app.http().getJson("/healthz/ready");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).startsWith("{\"ready\":false,\"status\":\"NO_INFO\"")
                    .doesNotContain("s3cret-pw", "app:", "Exception", "127.0.0.1");
            assertThat(app.http().get("/healthz/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_slow_or_failing_custom_check_answers_503_within_the_timeout() {
        try (Running slow = Running.with(strata -> strata.url("sqlite://").models(WebDatabases.MODELS)
                .readinessTimeout(Duration.ofMillis(200))
                .readinessCheck(db -> {
                    Thread.sleep(5_000);
                    return Readiness.upToDate();
                }))) {
            long start = System.nanoTime();
            var response = slow.http().get("/healthz/ready");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
        try (Running failing = Running.with(strata -> strata.url("sqlite://").models(WebDatabases.MODELS)
                .readinessCheck(db -> {
                    throw new IllegalStateException("password=hunter2");
                }))) {
            var response = failing.http().get("/healthz/ready");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("NO_INFO").doesNotContain("hunter2", "IllegalStateException");
        }
    }

    @Test
    void health_routes_can_be_moved_or_left_out() {
        try (Running app = Running.with(strata -> strata.url("sqlite://").models(WebDatabases.MODELS)
                .healthPaths(null, "/ready").readinessCheck(db -> Readiness.upToDate()))) {
            assertThat(app.http().get("/healthz/live").statusCode()).isEqualTo(404);
            assertThat(app.http().get("/healthz/ready").statusCode()).isEqualTo(404);
            assertThat(app.http().get("/ready").statusCode()).isEqualTo(200);
        }
    }

    /** A running app with only the plugin. */
    private static final class Running implements AutoCloseable {

        private final Javalin javalin;

        private Running(Javalin javalin) {
            this.javalin = javalin;
        }

        static Running with(Consumer<StrataConfig> settings) {
            return new Running(Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(new StrataPlugin(settings));
            }).start("127.0.0.1", 0));
        }

        Http http() {
            return new Http(javalin.port());
        }

        @Override
        public void close() {
            javalin.stop();
        }
    }
}
