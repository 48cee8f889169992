package io.strata.examples.bookstore.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.Database;
import io.strata.examples.bookstore.Bookstore;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Drill: a replica is SIGKILLed in the middle of an upgrade. The database starts at the bookstore's
 * first revision; a replica ({@link FaultInjectingBookstore}: the bookstore's main with a test-only JDBC
 * wrapper) upgrades it and is held right after the third revision's {@code CREATE TABLE store} ran,
 * inside that revision's open transaction, then killed. What it leaves must be consistent (the
 * recorded revision is one the tables match: nothing half-applied) with no migration lock left
 * behind, and the next plain start must finish the upgrade and become ready.
 */
class KilledUpgradeDrillTest {

    /** The first statement of the third revision. */
    private static final String STORE_DDL = "(?i)^\\s*CREATE TABLE\\s+[\"`]?store[\"`]?\\s*\\(";
    private static final Pattern PAUSED = Pattern.compile(Pattern.quote(FaultInjectingBookstore.MARKER));
    private static final Pattern SERVING = Pattern.compile("Bookstore serving .*\\(schema (\\w+)");

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.SQLITE})
    void the_start_after_a_replica_was_killed_mid_upgrade_completes_it(DbKind kind, TestDatabase database) throws Exception {
        String label = "killed-upgrade-" + kind.name().toLowerCase();
        try (database) {
            try (Database db = Database.builder().url(database.url()).migrations(Bookstore.MIGRATIONS).build()) {
                db.upgrade(Drills.REVISIONS.get(0));
            }

            try (Replica doomed = Replica.start(label + "-1", database.url(), FaultInjectingBookstore.class,
                    FaultInjectingBookstore.pauseAfter(STORE_DDL))) {
                String paused = doomed.awaitLine(PAUSED, Duration.ofSeconds(90));
                assertThat(paused).as("paused in the third revision").containsIgnoringCase("store");
                assertThat(doomed.output()).as("the second revision ran before").contains(Drills.REVISIONS.get(1));
                doomed.kill();
                assertThat(doomed.process().isAlive()).isFalse();
                assertThat(doomed.output()).doesNotContain("Bookstore serving");
            }

            if (kind == DbKind.POSTGRESQL) {
                assertMigrationLockReleased(database, Duration.ofSeconds(15));
            }
            try (Connection c = database.connect()) {
                Set<String> versions = Drills.versions(c);
                assertThat(versions).as("the version the kill left").hasSize(1).doesNotContain(Drills.HEAD);
                String left = versions.iterator().next();
                assertThat(Drills.bookstoreTables(c)).as("tables at %s, what the kill left (nothing half-applied)", left)
                        .isEqualTo(Drills.tablesAt(left));
                System.out.printf("%s: after the kill the database is at %s with tables %s%n", label, left,
                        Drills.bookstoreTables(c));
            }

            try (Replica next = Replica.bookstore(label + "-2", database.url())) {
                long start = System.nanoTime();
                next.awaitReady(Duration.ofSeconds(60));
                System.out.printf("%s: the next start was ready in %d ms%n", label, (System.nanoTime() - start) / 1_000_000);
                assertThat(next.lines(SERVING)).singleElement().asString().contains("(schema UPGRADED");
                Drills.assertNoErrors(next);
                try (Connection c = database.connect()) {
                    assertThat(Drills.versions(c)).containsExactly(Drills.HEAD);
                    assertThat(Drills.bookstoreTables(c)).isEqualTo(Drills.TABLES);
                    Drills.assertSampleDataOnce(c);
                }
            }
        }
    }

    /** Waits until no session of the database holds an advisory lock (the migration lock is one). */
    private static void assertMigrationLockReleased(TestDatabase database, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String sql = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE l.locktype = 'advisory' AND d.datname = current_database()";
        long held = -1;
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    held = rs.getLong(1);
                }
                if (held == 0) {
                    return;
                }
                Replica.pause(100);
            }
        }
        throw new AssertionError(held + " advisory lock(s) still held " + timeout.toSeconds()
                + " s after the replica was killed");
    }
}
