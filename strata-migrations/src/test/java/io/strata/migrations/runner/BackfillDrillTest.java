package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The backfill drill: a large table (1,000,000 rows on PostgreSQL and MariaDB, 50,000 on SQLite)
 * backfilled by a process killed half-way and a second one that resumes, while reads and writes of the
 * bookstore's kind keep going on the table. Every row ends up done exactly once, the load meets no error,
 * and the figures (rows/s, p99 during the backfill and during as long a period without it, the resume
 * point) are printed; timings are asserted only against a generous bound.
 */
class BackfillDrillTest {

    private static final int THREADS = 4;
    private static final Duration LONGEST_BASELINE = Duration.ofSeconds(30);

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.SQLITE})
    void aLargeBackfillKilledHalfWayResumesDoesEveryRowOnceAndTheTableKeepsAnswering(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            long rows = kind == DbKind.SQLITE ? 50_000 : 1_000_000;
            int batch = kind == DbKind.SQLITE ? 1_000 : 5_000;
            KilledBackfill.Connector connector = db::connect;
            Migrator.builder().connections(db::connect).revisions(RevisionSet.scan(KilledBackfill.PACKAGE)).build().upgrade("k1");
            fill(kind, db, rows);

            long began = System.nanoTime();
            BackfillLoad load = BackfillLoad.start(connector, rows, THREADS, kind == DbKind.SQLITE);
            Process victim = MigrateProcess.spawn(db.jdbcUrl(), db.user(), db.password(), 0, 0, KilledBackfill.PACKAGE,
                    "strata.test.backfillBatch=" + batch);
            KilledBackfill.Cursor atKill = KilledBackfill.killAfter(victim, connector, rows / 2);
            double killedAfter = (System.nanoTime() - began) / 1e9;
            Process next = MigrateProcess.spawn(db.jdbcUrl(), db.user(), db.password(), 0, 0, KilledBackfill.PACKAGE,
                    "strata.test.backfillBatch=" + batch);
            String output = MigrateProcess.outputOf(next);
            BackfillLoad.Stats during = load.stop();
            assertThat(next.exitValue()).as(output).isZero();

            Duration baselineLength = during.length().compareTo(LONGEST_BASELINE) > 0 ? LONGEST_BASELINE : during.length();
            BackfillLoad baselineLoad = BackfillLoad.start(connector, rows, THREADS, kind == DbKind.SQLITE);
            Thread.sleep(baselineLength.toMillis());
            BackfillLoad.Stats without = baselineLoad.stop();

            assertThat(output).contains(String.format(java.util.Locale.ROOT,
                    "resuming after id = %s, %,d rows done by an earlier run", atKill.lastKey(), atKill.rowsDone()));
            assertThat(atKill.rowsDone()).isBetween(rows / 2, rows - 1);
            assertThat(KilledBackfill.items(connector, "n = 1 AND label = 'bumped'")).as("every row done").isEqualTo(rows);
            assertThat(KilledBackfill.items(connector, "n <> 1")).as("no row done twice").isZero();
            assertThat(during.errors()).as("errors of the load during the backfill").isEmpty();
            assertThat(without.errors()).isEmpty();
            // SQLite may refuse a statement with SQLITE_BUSY at once, busy timeout or not (BackfillLoad): rarely.
            assertThat(during.busy() + without.busy()).as("statements SQLite refused with SQLITE_BUSY").isLessThanOrEqualTo(3);
            assertThat(stockTotal(connector)).as("no write of the load lost").isEqualTo(during.updates() + without.updates());
            assertThat(during.p99()).as("p99 during the backfill").isLessThan(Duration.ofSeconds(2));

            String resumed = output.lines().filter(l -> l.contains(": done, ")).findFirst().orElse("(no final line)");
            System.out.printf("%nBACKFILL DRILL %s, %,d rows, batches of %,d:%n"
                    + "  killed after %,d rows (last key %s), %.1f s after the first run started (JVM start included)%n"
                    + "  resumed run: %s%n"
                    + "  load during the backfill: %s%n"
                    + "  load without it:          %s%n",
                    kind, rows, batch, atKill.rowsDone(), atKill.lastKey(), killedAfter,
                    resumed.substring(resumed.indexOf("Backfill of")), during, without);
        }
    }

    private static void fill(DbKind kind, TestDatabase db, long rows) throws Exception {
        String sql = switch (kind) {
            case POSTGRESQL -> "INSERT INTO item (id, title) SELECT g, 'title ' || g FROM generate_series(1, " + rows + ") g";
            case MARIADB -> "INSERT INTO item (id, title) SELECT seq, concat('title ', seq) FROM seq_1_to_" + rows;
            default -> "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + rows + ")"
                    + " INSERT INTO item (id, title) SELECT x, 'title ' || x FROM g";
        };
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (kind == DbKind.SQLITE) {
                // as strata-core opens SQLite for an application: readers never wait for the writer
                s.execute("PRAGMA journal_mode = WAL");
            }
            s.execute(sql);
            if (kind == DbKind.POSTGRESQL) {
                s.execute("ANALYZE item");
            }
        }
    }

    private static long stockTotal(KilledBackfill.Connector db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sum(stock) FROM item")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
