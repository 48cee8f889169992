package io.strata.examples.bookstore.drills;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.migrations.runner.SyncResult;
import io.strata.examples.bookstore.Bookstore;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddBooksAndTheirAuthor;
import io.strata.examples.bookstore.migrations.V20261121_1331_AddStoresAndTheBookToStoreMap;
import io.strata.examples.bookstore.migrations.V20261121_1331_CreateAuthors;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: a rolling deploy. Two "old" bookstore replicas (separate JVMs, the bookstore's committed
 * revisions) serve a fresh database under continuous load ({@code GET /authors/1} and
 * {@code /healthz/ready} on both). A "new" build (in this JVM: the bookstore's revisions plus test
 * revisions) syncs the same database, first with an additive revision: the old replicas stay ready and
 * no request fails, and an old replica started afterwards is ready as {@code AHEAD_COMPATIBLE}. Then
 * with a breaking revision: the old replicas' readiness turns 503 naming it, their liveness stays 200,
 * and their requests keep being served.
 */
class RollingDeployDrillTest {

    /** The additive revision: a new table, which old code does not know and does not need. */
    static final String ADDITIVE = "d7a11d000001";
    /** The breaking revision: drops that table again. */
    static final String BREAKING = "d7a11d000002";

    private static final Pattern SERVING = Pattern.compile("Bookstore serving .*\\(schema (\\w+)");
    /** How long the load runs in each phase before the next step. */
    private static final long SETTLE_MILLIS = 1_500;

    @Revision(id = ADDITIVE, parents = {"c599c80779e8"}, message = "drill: add a table old code does not know",
            created = "2026-12-05T10:40:00Z")
    public static final class AddDrillNote implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.createTable("drill_note", t -> t
                    .column("id", bigint(), c -> c.autoIncrement())
                    .column("body", varchar(100))
                    .primaryKey("pk_drill_note", "id"));
        }

        @Override
        public void downgrade(Ops ops) {
            ops.dropTable("drill_note");
        }
    }

    @Revision(id = BREAKING, parents = {ADDITIVE}, message = "drill: drop that table", created = "2026-12-05T10:41:00Z")
    public static final class DropDrillNote implements Migration {
        @Override
        public void upgrade(Ops ops) {
            ops.dropTable("drill_note");
        }

        @Override
        public void downgrade(Ops ops) {
            new AddDrillNote().upgrade(ops);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void old_replicas_keep_serving_through_an_additive_revision_and_step_aside_at_a_breaking_one(DbKind kind,
            TestDatabase database) throws Exception {
        String label = "rolling-deploy-" + kind.name().toLowerCase();
        assertThat(AddDrillNote.class.getAnnotation(Revision.class).parents()).as("the additive revision follows the head")
                .containsExactly(Drills.HEAD);
        try (database) {
            List<Replica> old = new ArrayList<>();
            ClientLoad load = null;
            try {
                // 1. Two old replicas on a fresh database.
                old.add(Replica.bookstore(label + "-old-1", database.url()));
                old.add(Replica.bookstore(label + "-old-2", database.url()));
                for (Replica replica : old) {
                    replica.awaitReady(Duration.ofSeconds(120));
                }
                for (Replica replica : old) {
                    assertThat(get(replica, "/authors/1").statusCode()).as("%s serves /authors/1", replica.name())
                            .isEqualTo(200);
                }

                // 2. Load on both, for the whole drill.
                load = new ClientLoad(false).allowUnready("breaking");
                load.start(old);
                Replica.pause(SETTLE_MILLIS);

                // 3. The new build applies an additive revision.
                load.phase("additive");
                try (Database db = newBuild(database.url(), AddDrillNote.class)) {
                    assertThat(db.sync()).isEqualTo(SyncResult.UPGRADED);
                }
                try (Connection c = database.connect()) {
                    assertThat(Drills.versions(c)).containsExactly(ADDITIVE);
                }
                Replica.pause(SETTLE_MILLIS);
                for (Replica replica : old) {
                    HttpResponse<String> ready = get(replica, "/healthz/ready");
                    assertThat(ready.statusCode()).as("%s ready after the additive revision: %s", replica.name(),
                            ready.body()).isEqualTo(200);
                    assertThat(ready.body()).contains("AHEAD_COMPATIBLE").contains(ADDITIVE);
                }
                assertThat(load.readiness("start")).as("readiness before the deploy; not ready: %s", load.notReady())
                        .containsOnlyKeys(200);
                assertThat(load.readiness("additive")).as("readiness during and after the additive revision;"
                        + " not ready: %s", load.notReady()).containsOnlyKeys(200);
                assertThat(load.failures()).as("failed requests").isEmpty();

                try (Replica restarted = Replica.bookstore(label + "-old-restarted", database.url())) {
                    restarted.awaitReady(Duration.ofSeconds(120));
                    HttpResponse<String> ready = get(restarted, "/healthz/ready");
                    System.out.printf("%s: an old replica restarted after the additive revision: %s %s%n", label,
                            ready.statusCode(), ready.body());
                    assertThat(ready.statusCode()).isEqualTo(200);
                    assertThat(ready.body()).contains("\"status\":\"AHEAD_COMPATIBLE\"").contains(ADDITIVE);
                    assertThat(restarted.lines(SERVING)).singleElement().asString()
                            .contains("(schema AHEAD_COMPATIBLE");
                    assertThat(get(restarted, "/authors/1").statusCode()).isEqualTo(200);
                    Drills.assertNoErrors(restarted);
                }

                // 4. The new build applies a breaking revision.
                load.phase("breaking");
                try (Database db = newBuild(database.url(), AddDrillNote.class, DropDrillNote.class)) {
                    assertThat(db.sync()).isEqualTo(SyncResult.UPGRADED);
                }
                try (Connection c = database.connect()) {
                    assertThat(Drills.versions(c)).containsExactly(BREAKING);
                }
                Replica.pause(SETTLE_MILLIS);
                for (Replica replica : old) {
                    HttpResponse<String> ready = get(replica, "/healthz/ready");
                    System.out.printf("%s: %s's readiness after the breaking revision: %s %s%n", label, replica.name(),
                            ready.statusCode(), ready.body());
                    assertThat(ready.statusCode()).as("%s readiness after the breaking revision", replica.name())
                            .isEqualTo(503);
                    assertThat(ready.body()).contains("\"status\":\"AHEAD_BREAKING\"")
                            .contains("The database is ahead of this code by breaking revision(s) " + BREAKING
                                    + " (breaking: ")
                            .contains("deploy the code that has " + BREAKING);
                    assertThat(ready.body()).as("the compatible revision is not blamed")
                            .doesNotContain(ADDITIVE + " (");
                    assertThat(get(replica, "/healthz/live").statusCode()).as("%s alive", replica.name()).isEqualTo(200);
                }
                load.stop();

                Map<Integer, Long> afterBreaking = load.readiness("breaking");
                System.out.printf("%s: %d requests served to the old replicas (GET /authors/1), %d failed;"
                        + " readiness samples before the deploy %s, through the additive revision %s,"
                        + " through the breaking revision %s%n", label, load.served(), load.failures().size(),
                        load.readiness("start"), load.readiness("additive"), afterBreaking);
                assertThat(load.failures()).as("failed requests").isEmpty();
                assertThat(load.served()).as("requests served").isPositive();
                assertThat(load.readiness("start")).containsOnlyKeys(200);
                assertThat(load.readiness("additive")).containsOnlyKeys(200);
                assertThat(afterBreaking).as("readiness once the breaking revision is in").containsKey(503)
                        .containsOnlyKeys(200, 503);
                for (Replica replica : old) {
                    Drills.assertNoErrors(replica);
                }
            } finally {
                if (load != null) {
                    load.stop();
                }
                old.forEach(Replica::close);
            }
        }
    }

    /** The "new" build: the bookstore's revisions plus {@code extra}, without models (as a migration job). */
    @SafeVarargs
    private static Database newBuild(String url, Class<? extends Migration>... extra) {
        List<Class<? extends Migration>> classes = new ArrayList<>(List.of(V20261121_1331_CreateAuthors.class,
                V20261121_1331_AddBooksAndTheirAuthor.class, V20261121_1331_AddStoresAndTheBookToStoreMap.class));
        assertThat(classes.stream().map(c -> c.getAnnotation(Revision.class).id()).toList())
                .as("the bookstore's revisions")
                .containsExactlyInAnyOrderElementsOf(RevisionSet.scan(Bookstore.MIGRATIONS).revisions().stream()
                        .map(MigrationRevision::id).toList());
        classes.addAll(List.of(extra));
        return Database.builder().url(url).revisions(RevisionSet.ofClasses(classes)).build();
    }

    private static HttpResponse<String> get(Replica replica, String path) throws IOException, InterruptedException {
        return ClientLoad.get(replica, path);
    }
}
