package io.strata.javalin;

import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import io.strata.core.HibernateBoot;
import io.strata.migrations.runner.SchemaStatus;
import io.strata.migrations.runner.SyncResult;
import io.strata.javalin.models.Note;
import io.strata.javalin.testing.Http;

/** Runs the README's Javalin snippet (ReadmeExamplesTest in strata-core checks the README quotes it). */
class ReadmeExampleTest {

    @Test
    void theReadmeAppServesNotesAndHealth() {
        // README:javalin
        StrataPlugin strata = new StrataPlugin(settings -> settings
                .url("sqlite://")                            // DATABASE_URL wins over it; no default
                .models("io.strata.javalin.models")          // default: <application package>.models
                .transactionPerRequest(true));               // POST/PUT/PATCH/DELETE: commit below 400, else roll back
        Javalin app = Javalin.create(config -> {
            config.registerPlugin(strata);
            config.routes.get("/notes/{id}", ctx ->
                    ctx.json(getOr404(ctx, Note.class, ctx.pathParamAsClass("id", Long.class).get())));
            config.routes.get("/notes", ctx ->
                    ctx.json(paginate(session(ctx).createSelectionQuery("from Note order by id", Note.class), ctx)));
        }).start(0);
        // README:end
        try {
            strata.database().createAll();
            strata.database().useTransaction(s -> s.persist(new Note("first")));
            Http http = new Http(app.port());
            assertThat(http.getJson("/notes/1").body()).contains("\"title\":\"first\"");
            assertThat(http.getJson("/notes/2").statusCode()).isEqualTo(404);
            assertThat(http.getJson("/notes?per_page=5").body()).contains("\"total\":1").contains("\"pages\":1")
                    .contains("\"nextNum\":null");
            assertThat(http.get("/healthz/live").statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void theReadmeDeployServesLivenessWhileItStartsAndMigrates() {
        // README:deploying
        StrataPlugin strata = new StrataPlugin(settings -> settings.url("sqlite://").models("io.strata.javalin.models")
                .builder(db -> db.hibernateBoot(HibernateBoot.IN_BACKGROUND)));
        Javalin app = Javalin.create(config -> config.registerPlugin(strata)).start(0);
        SyncResult synced = strata.sync();      // meanwhile /healthz/live is 200, /healthz/ready 503 MIGRATING
        strata.database().awaitBoot();          // then 503 STARTING until Hibernate is built; throws if it failed
        SchemaStatus status = strata.database().schemaStatus();
        System.out.println(status.status() + ": " + status.message());
        // README:end
        try {
            assertThat(synced).isEqualTo(SyncResult.CREATED);
            assertThat(status.status()).isNotNull();
            assertThat(strata.database().booting()).isFalse();
            assertThat(strata.database().config().hibernateBoot()).isEqualTo(HibernateBoot.IN_BACKGROUND);
            assertThat(new Http(app.port()).get("/healthz/live").statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
