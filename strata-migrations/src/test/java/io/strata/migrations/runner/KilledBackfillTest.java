package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * A process running a backfill, killed with SIGKILL half-way: the next run resumes after the last key
 * the killed one recorded, and every row ends up updated exactly once.
 */
class KilledBackfillTest {

    private static final int ROWS = 4_000;

    @ParameterizedTest
    @Databases
    void aKilledBackfillResumesAfterTheRecordedKeyAndDoesEveryRowExactlyOnce(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            // An in-memory H2 database dies with its process: the processes share a file written at each commit,
            // which the test reads while the child writes it (AUTO_SERVER: whoever opens it first serves the others).
            Path h2Dir = kind == DbKind.H2 ? Files.createTempDirectory("strata-backfill") : null;
            String url = h2Dir == null ? db.jdbcUrl()
                    : "jdbc:h2:file:" + h2Dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
            KilledBackfill.Connector connector = () -> url.equals(db.jdbcUrl()) ? db.connect()
                    : DriverManager.getConnection(url, db.user(), db.password());
            // H2: this process opens the file first and keeps it open, so it serves the child processes
            try (Connection keeper = h2Dir == null ? null : connector.connect()) {
                run(kind, url, db, connector);
            }
        }
    }

    private static void run(DbKind kind, String url, TestDatabase db, KilledBackfill.Connector connector) throws Exception {
        Migrator.builder().connections(connector::connect).revisions(RevisionSet.scan(KilledBackfill.PACKAGE)).build()
                .upgrade("k1");
        try (Connection c = connector.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO item (id) VALUES (?)")) {
            c.setAutoCommit(false);
            for (int id = 1; id <= ROWS; id++) {
                ps.setLong(1, id * 2L);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }

        Process victim = MigrateProcess.spawn(url, db.user(), db.password(), 0, 30, KilledBackfill.PACKAGE,
                "strata.test.backfillBatch=100");
        KilledBackfill.Cursor atKill = KilledBackfill.killAfter(victim, connector, ROWS / 2);

        // what the killed run committed is exactly its recorded batches, every row in them once
        assertThat(atKill.rowsDone()).isBetween((long) ROWS / 2, (long) ROWS - 1);
        assertThat(atKill.lastKey()).isEqualTo(Long.toString(atKill.rowsDone() * 2));
        assertThat(KilledBackfill.items(connector, "n = 1")).isEqualTo(atKill.rowsDone());
        assertThat(KilledBackfill.items(connector, "n = 1 AND id > " + atKill.lastKey())).isZero();

        Process next = MigrateProcess.spawn(url, db.user(), db.password(), 0, 0, KilledBackfill.PACKAGE,
                "strata.test.backfillBatch=100");
        String output = MigrateProcess.outputOf(next);
        assertThat(next.exitValue()).as(output).isZero();
        assertThat(output).contains("APPLIED 1", String.format(java.util.Locale.ROOT,
                "resuming after id = %s, %,d rows done by an earlier run", atKill.lastKey(), atKill.rowsDone()));
        assertThat(KilledBackfill.items(connector, "n = 1 AND label = 'bumped'")).isEqualTo(ROWS);
        assertThat(KilledBackfill.items(connector, "n <> 1")).isZero();
        assertThat(KilledBackfill.cursor(connector)).as("forgotten with the version change").isNull();
        System.out.printf("%s: killed after %,d rows (key %s); resumed and finished %,d rows%n", kind,
                atKill.rowsDone(), atKill.lastKey(), ROWS);
    }
}
