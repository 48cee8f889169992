package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.examples.bookstore.drills.renamed.RenamedAuthorsApp;
import io.strata.migrations.revision.Revision;
import io.strata.migrations.runner.AppliedRevision;
import io.strata.migrations.runner.MigrationResult;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: renaming a column ({@code author.name} to {@code display_name}) through expand, deploy and
 * contract while replicas serve a load that reads and writes authors. Two old bookstore replicas
 * serve; the operator runs {@code db upgrade} (the expand revision; it stops before the contract); two
 * replicas of the new code (which knows only {@code display_name}) start and join the load beside the
 * old ones, each side reading what the other wrote; the old replicas leave; the operator runs
 * {@code db upgrade --contract}. No request fails and every replica stays ready throughout.
 *
 * <p>PostgreSQL, MariaDB and SQLite (the replicas are processes sharing one file); not H2, whose embedded
 * database one process owns, and where the application writes both columns itself (no SQL triggers).
 *
 * <p>On MariaDB this failed until the runner stopped queueing for metadata locks: an old replica's
 * transaction that had read {@code author} and then inserted was the deadlock victim (1213) of the
 * expand's {@code ALTER TABLE}, queued for the table's metadata lock.
 */
class RenameColumnDrillTest {

    private static final String EXPAND = "e1a5e0000001";
    private static final String CONTRACT = "c1a5e0000002";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final long SETTLE_MILLIS = 1_500;

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.SQLITE})
    void a_column_rename_through_expand_deploy_and_contract_keeps_old_and_new_replicas_serving(DbKind kind,
            TestDatabase database) throws Exception {
        String label = "rename-column-" + kind.name().toLowerCase();
        assertThat(RenamedAuthorsApp.REVISIONS.revision(EXPAND).node().parents()).as("the expand revision follows the head")
                .containsExactly(Drills.HEAD);
        assertThat(RenamedAuthorsApp.REVISIONS.revision(CONTRACT).migration().getClass().getAnnotation(Revision.class)
                .contract()).isNotBlank();
        try (database) {
            List<Replica> old = new ArrayList<>();
            List<Replica> fresh = new ArrayList<>();
            ClientLoad load = new ClientLoad(true);
            try {
                // 1. Two old replicas on a fresh database, under a load that reads and writes authors.
                old.add(Replica.bookstore(label + "-old-1", database.url()));
                old.add(Replica.bookstore(label + "-old-2", database.url()));
                for (Replica replica : old) {
                    replica.awaitReady(Duration.ofSeconds(120));
                }
                load.start(old);
                Replica.pause(SETTLE_MILLIS);

                // 2. The operator runs the expand revision: db upgrade stops before the contract.
                load.phase("expand");
                try (Database db = migrationJob(database.url())) {
                    MigrationResult expand = db.upgrade("heads");
                    assertThat(expand.applied()).extracting(AppliedRevision::id).containsExactly(EXPAND);
                    assertThat(expand.contractWaiting()).contains(CONTRACT);
                }
                Replica.pause(SETTLE_MILLIS);
                for (Replica replica : old) {
                    HttpResponse<String> ready = ClientLoad.get(replica, "/healthz/ready");
                    assertThat(ready.statusCode()).as("%s ready after the expand: %s", replica.name(), ready.body())
                            .isEqualTo(200);
                    assertThat(ready.body()).contains("AHEAD_COMPATIBLE").contains(EXPAND);
                }

                // 3. The new code is deployed beside the old: its sync finds nothing to do before the contract.
                load.phase("deploy");
                for (int i = 1; i <= 2; i++) {
                    Replica replica = Replica.start(label + "-new-" + i, database.url(), RenamedAuthorsApp.class, List.of());
                    fresh.add(replica);
                    replica.awaitReady(Duration.ofSeconds(120));
                    assertThat(replica.lines(Pattern.compile("Bookstore serving"))).singleElement().asString()
                            .contains("(schema CONTRACT_PENDING)");
                    HttpResponse<String> ready = ClientLoad.get(replica, "/healthz/ready");
                    assertThat(ready.body()).contains("\"status\":\"CONTRACT_PENDING\"");
                    load.add(replica);
                }
                Replica.pause(SETTLE_MILLIS);
                // Each side reads what the other writes: the database keeps name and display_name in step.
                long byOld = created(old.get(0), "Written Old", "written-old@example.com");
                long byNew = created(fresh.get(0), "Written New", "written-new@example.com");
                assertThat(ClientLoad.get(fresh.get(1), "/authors/" + byOld).body()).contains("\"name\":\"Written Old\"");
                assertThat(ClientLoad.get(old.get(1), "/authors/" + byNew).body()).contains("\"name\":\"Written New\"");

                // 4. The old replicas leave.
                load.phase("old-gone");
                for (Replica replica : old) {
                    load.remove(replica);
                    Drills.assertNoErrors(replica);
                    replica.close();
                }
                Replica.pause(SETTLE_MILLIS);

                // 5. The operator runs the contract revision.
                load.phase("contract");
                try (Database db = migrationJob(database.url())) {
                    assertThat(db.upgradeWithContracts("heads").applied()).extracting(AppliedRevision::id)
                            .containsExactly(CONTRACT);
                }
                try (Connection c = database.connect()) {
                    assertThat(Drills.versions(c)).containsExactly(CONTRACT);
                    assertThat(columns(c)).contains("display_name").doesNotContain("name");
                }
                Replica.pause(SETTLE_MILLIS);
                for (Replica replica : fresh) {
                    HttpResponse<String> ready = ClientLoad.get(replica, "/healthz/ready");
                    assertThat(ready.statusCode()).as("%s ready after the contract: %s", replica.name(), ready.body())
                            .isEqualTo(200);
                    assertThat(ready.body()).contains("\"status\":\"UP_TO_DATE\"");
                }
                load.stop();

                System.out.printf("%s: %d reads and %d writes served by old and new replicas, %d failed; readiness"
                        + " before %s, expand %s, deploy %s, old gone %s, contract %s%n", label, load.served(),
                        load.written(), load.failures().size(), load.readiness("start"), load.readiness("expand"),
                        load.readiness("deploy"), load.readiness("old-gone"), load.readiness("contract"));
                assertThat(load.failures()).as("failed requests").isEmpty();
                assertThat(load.notReady()).as("readiness other than 200").isEmpty();
                assertThat(load.served()).as("reads served").isPositive();
                assertThat(load.written()).as("authors written").isPositive();
                assertThat(load.readiness("contract")).as("readiness through the contract").containsOnlyKeys(200);
                for (Replica replica : fresh) {
                    Drills.assertNoErrors(replica);
                }
            } finally {
                load.stop();
                old.forEach(Replica::close);
                fresh.forEach(Replica::close);
            }
        }
    }

    /** The operator's {@code db upgrade}: the new build's revisions, no models. */
    private static Database migrationJob(String url) {
        return Database.builder().url(url).revisions(RenamedAuthorsApp.REVISIONS).build();
    }

    private static long created(Replica replica, String name, String email) throws Exception {
        HttpResponse<String> response = ClientLoad.post(replica, "/authors",
                "{\"name\": \"" + name + "\", \"email\": \"" + email + "\"}");
        assertThat(response.statusCode()).as("%s: POST /authors %s", replica.name(), response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).as("an id in %s", response.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static List<String> columns(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM author WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase());
            }
        }
        return names;
    }
}
