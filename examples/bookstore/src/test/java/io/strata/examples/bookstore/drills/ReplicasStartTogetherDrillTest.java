package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: four bookstore replicas (separate JVMs) start at the same moment on a fresh database. Every
 * one becomes ready; exactly one creates the schema, the others find it up to date; the version
 * table holds the head once, each table exists once, the sample data is there once; no replica logs
 * an error or a stack trace.
 */
class ReplicasStartTogetherDrillTest {

    private static final int REPLICAS = 4;
    private static final Pattern SERVING = Pattern.compile("Bookstore serving .*\\(schema (\\w+)");

    @ParameterizedTest
    @EnumSource(value = DbKind.class, names = {"POSTGRESQL", "MARIADB"})
    void four_replicas_starting_together_create_the_schema_once(DbKind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            List<Replica> replicas = new ArrayList<>();
            try {
                for (int i = 1; i <= REPLICAS; i++) {
                    replicas.add(Replica.bookstore("start-together-" + kind.name().toLowerCase() + "-" + i, database.url()));
                }
                for (Replica replica : replicas) {
                    replica.awaitReady(Duration.ofSeconds(120));
                }

                List<String> results = new ArrayList<>();
                for (Replica replica : replicas) {
                    List<String> serving = replica.lines(SERVING);
                    assertThat(serving).as("%s's serving line:%n%s", replica.name(), replica.output()).hasSize(1);
                    var m = SERVING.matcher(serving.get(0));
                    assertThat(m.find()).isTrue();
                    results.add(m.group(1));
                    Drills.assertNoErrors(replica);
                }
                assertThat(results).as("sync results of the replicas").containsOnly("CREATED", "ALREADY_UP_TO_DATE");
                assertThat(results).filteredOn("CREATED"::equals).as("replicas that created the schema").hasSize(1);

                try (Connection c = database.connect()) {
                    assertThat(Drills.versions(c)).containsExactly(Drills.HEAD);
                    List<String> tables = Drills.tables(c);
                    for (String table : Drills.TABLES) {
                        assertThat(tables).as("table " + table).containsOnlyOnce(table);
                    }
                    assertThat(Set.copyOf(tables)).containsAll(Drills.TABLES);
                    Drills.assertSampleDataOnce(c);
                }
                for (Replica replica : replicas) {
                    assertThat(replica.readyStatus(Duration.ofSeconds(10))).as(replica.name() + " still ready").isEqualTo(200);
                }
            } finally {
                replicas.forEach(Replica::close);
            }
        }
    }
}
