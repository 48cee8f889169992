package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.examples.bookstore.Bookstore;
import io.strata.testing.Databases;
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
    /**
     * The sample data loader's first query: are there authors yet? (Its plain check before the lock; the
     * count under the lock where that check is absent.)
     */
    private static final String COUNT_AUTHORS = "(?i)^\\s*select (1|count\\(\\*\\)) from author\\b";
    private static final Pattern PAUSED = Pattern.compile(Pattern.quote(FaultInjectingBookstore.MARKER));
    /** The longest a replica is held after looking for authors. */
    private static final long HOLD_MILLIS = 10_000;

    /** As it happens: the replicas are started one right after the other and left to race. */
    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void four_replicas_starting_together_create_the_schema_once(DbKind kind, TestDatabase database) throws Exception {
        String label = "start-together-" + kind.name().toLowerCase();
        try (database) {
            List<Replica> replicas = new ArrayList<>();
            try {
                for (int i = 1; i <= REPLICAS; i++) {
                    replicas.add(Replica.start(label + "-" + i, database.url(), Bookstore.class, List.of()));
                }
                assertStartedOnce(database, replicas);
            } finally {
                replicas.forEach(Replica::close);
            }
        }
    }

    /**
     * The race made likely: each replica is held right after it looked for authors, until all four have
     * (or for at most {@value #HOLD_MILLIS} ms), then released at once. Where loading is not serialized,
     * all four found none and load the sample data at the same moment (what replicas starting within
     * moments of each other do when the database is slow); where it is, the first holds the others
     * back, and they find its rows.
     */
    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void four_replicas_looking_for_authors_at_once_load_the_sample_data_once(DbKind kind, TestDatabase database) throws Exception {
        String label = "all-look-at-once-" + kind.name().toLowerCase();
        Path release = Path.of("target", "drills", label + ".release").toAbsolutePath();
        Files.createDirectories(release.getParent());
        Files.deleteIfExists(release);
        List<String> hold = new ArrayList<>(FaultInjectingBookstore.pauseAfter(COUNT_AUTHORS, release));
        hold.add("-D" + FaultInjectingBookstore.PAUSE_MILLIS + "=" + HOLD_MILLIS);
        try (database) {
            List<Replica> replicas = new ArrayList<>();
            try {
                for (int i = 1; i <= REPLICAS; i++) {
                    replicas.add(Replica.start(label + "-" + i, database.url(), FaultInjectingBookstore.class, hold));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                long held = 0;
                while (System.nanoTime() < deadline) {
                    held = replicas.stream().filter(r -> !r.lines(PAUSED).isEmpty()).count();
                    boolean past = replicas.stream().anyMatch(r -> !r.lines(SERVING).isEmpty() || !r.process().isAlive());
                    if (held == REPLICAS || past) {
                        break;
                    }
                    Replica.pause(20);
                }
                System.out.printf("%s: %d of %d replicas looked for authors at the same moment%n", label, held, REPLICAS);
                Files.createFile(release);
                assertStartedOnce(database, replicas);
            } finally {
                replicas.forEach(Replica::close);
                Files.deleteIfExists(release);
            }
        }
    }

    private static void assertStartedOnce(TestDatabase database, List<Replica> replicas) throws Exception {
        for (Replica replica : replicas) {
            replica.awaitReady(Duration.ofSeconds(120));
        }
        List<String> results = new ArrayList<>();
        for (Replica replica : replicas) {
            List<String> serving = replica.lines(SERVING);
            assertThat(serving).as("%s's serving line:%n%s", replica.name(), replica.output()).hasSize(1);
            Matcher m = SERVING.matcher(serving.get(0));
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
    }
}
