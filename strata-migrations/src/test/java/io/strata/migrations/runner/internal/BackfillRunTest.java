package io.strata.migrations.runner.internal;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.BackfillBuilder;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * One backfill's batches on the real databases, with the waits between them counted (a clock that
 * moves only when the run waits) rather than timed.
 */
class BackfillRunTest {

    private static final int ROWS = 1_000;
    private static final Table ITEM = new Ops().createTable("item", t -> t
            .column("id", bigint(), c -> c.notNull())
            .column("n", integer(), c -> c.notNull())
            .primaryKey("pk_item", "id")).operations().get(0).applyTo(Schema.empty()).table("item").orElseThrow();

    private final AtomicLong clock = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    private static Backfill backfill(Consumer<BackfillBuilder> spec) {
        Operation op = new Ops().backfill("item", b -> {
            b.set("n", "n + 1").batchSize(100);
            spec.accept(b);
        }).operations().get(0);
        return (Backfill) op;
    }

    private BackfillRun.Outcome run(Connection c, Backfill op) throws SQLException {
        return run(c, op, d -> {
            waits.add(d);
            clock.addAndGet(d.toNanos());
        });
    }

    private BackfillRun.Outcome run(Connection c, Backfill op, BackfillRun.Sleeper sleeper) throws SQLException {
        Dialect dialect = Dialects.forJdbcUrl(c.getMetaData().getURL());
        DatabaseSupport database = io.strata.migrations.dialect.internal.Databases.byName(dialect.name()).orElseThrow();
        BackfillRun.Session session = new BackfillRun.Session(c, dialect, database.runProtocol("strata_version"),
                database.lockWaits(), new LockBudget(Duration.ZERO, Duration.ZERO));
        BackfillTable table = new BackfillTable("strata_version", dialect);
        return new BackfillRun(session, table, new BackfillTable.Key("r1", Direction.UPGRADE, 0), op, ITEM, lines::add,
                sleeper, clock::get).run();
    }

    private static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, n INTEGER NOT NULL)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, n) VALUES (?, 0)")) {
            for (int id = 1; id <= ROWS; id++) {
                ps.setLong(1, id * 3L);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static long bumped(Connection c, int times) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM item WHERE n = " + times)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @Databases
    void aRateCapWaitsAfterEachBatchSoThatRowsStayWithinIt(DbKind kind, TestDatabase db) throws Exception {
        try (db; Connection c = db.connect()) {
            create(c);
            BackfillRun.Outcome outcome = run(c, backfill(b -> b.rowsPerSecond(2_000)));
            assertThat(outcome.batches()).isEqualTo(10);
            assertThat(outcome.rowsDone()).isEqualTo(ROWS);
            // 100 rows at 2,000 rows/s is 50 ms a batch; the clock moved only by the waits
            assertThat(waits).hasSize(10).containsOnly(Duration.ofMillis(50));
            assertThat(bumped(c, 1)).isEqualTo(ROWS);
            assertThat(lines).last().asString().contains("done, 1,000 rows; this run 1,000 rows in 10 batches",
                    "10 pauses (500 ms)");
        }
    }

    @ParameterizedTest
    @Databases
    void aPauseIsTakenAfterEachBatchAndADoneBackfillRunAgainUpdatesNothing(DbKind kind, TestDatabase db) throws Exception {
        try (db; Connection c = db.connect()) {
            create(c);
            Backfill op = backfill(b -> b.pause(Duration.ofMillis(20)).batchSize(300));
            BackfillRun.Outcome first = run(c, op);
            assertThat(first.batches()).isEqualTo(4);
            assertThat(waits).hasSize(4).containsOnly(Duration.ofMillis(20));

            waits.clear();
            BackfillRun.Outcome again = run(c, op);
            assertThat(again.batches()).isZero();
            assertThat(again.resumedAfterKey()).isEqualTo(Long.toString(ROWS * 3L));
            assertThat(again.rowsDone()).isEqualTo(ROWS);
            assertThat(waits).isEmpty();
            assertThat(bumped(c, 1)).as("not twice").isEqualTo(ROWS);
        }
    }

    @ParameterizedTest
    @Databases
    void withoutThrottleNoBatchWaits(DbKind kind, TestDatabase db) throws Exception {
        try (db; Connection c = db.connect()) {
            create(c);
            BackfillRun.Outcome outcome = run(c, backfill(b -> b.where("id > 1500")));
            assertThat(outcome.rowsDone()).isEqualTo(ROWS / 2);
            assertThat(outcome.batches()).isEqualTo(5);
            assertThat(waits).isEmpty();
            assertThat(bumped(c, 1)).isEqualTo(ROWS / 2);
            assertThat(bumped(c, 0)).isEqualTo(ROWS / 2);
        }
    }

    @ParameterizedTest
    @Databases
    void aRecordThatVanishesBetweenBatchesStopsTheRunInsteadOfStartingOver(DbKind kind, TestDatabase db) throws Exception {
        try (db; Connection c = db.connect(); Connection other = db.connect()) {
            create(c);
            // between the first two batches another run completes the revision and forgets the record
            BackfillRun.Sleeper otherRunFinishes = d -> {
                try (Statement s = other.createStatement()) {
                    s.executeUpdate("DELETE FROM strata_version_backfill");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThatThrownBy(() -> run(c, backfill(b -> b.pause(Duration.ofMillis(1))), otherRunFinishes))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("disappeared between two batches: another run completed the revision meanwhile");
            assertThat(bumped(c, 1)).isEqualTo(100);
            assertThat(bumped(c, 0)).isEqualTo(ROWS - 100);
        }
    }

    @ParameterizedTest
    @Databases
    @Timeout(60)
    void anApplicationTransactionHoldingTheTableDelaysTheBackfillWhichRetriesWithinTheBudgetAndCompletes(DbKind kind,
            TestDatabase db) throws Exception {
        try (db; Connection c = db.connect(); Connection application = db.connect()) {
            create(c);
            try (Statement s = application.createStatement()) {
                if (kind == DbKind.SQLITE) {
                    s.execute("BEGIN IMMEDIATE"); // SQLite's one writer: even creating the progress table waits
                } else {
                    application.setAutoCommit(false);
                }
                s.executeUpdate("UPDATE item SET n = n WHERE id = 3"); // a row of the first batch
            }
            Dialect dialect = Dialects.forJdbcUrl(c.getMetaData().getURL());
            DatabaseSupport database = io.strata.migrations.dialect.internal.Databases.byName(dialect.name()).orElseThrow();
            LockWaits lockWaits = database.lockWaits();
            lockWaits.bound(c, Duration.ofSeconds(1)); // as the run bounds the revision, then the lane outside it
            database.outsideTransaction().bound(c, Duration.ofSeconds(1));
            BackfillRun.Session session = new BackfillRun.Session(c, dialect, database.runProtocol("strata_version"),
                    lockWaits, new LockBudget(Duration.ofSeconds(1), Duration.ofSeconds(30)));
            BackfillRun.Sleeper applicationCommitsDuringThePause = d -> {
                waits.add(d);
                clock.addAndGet(d.toNanos());
                try (Statement s = application.createStatement()) {
                    if (kind == DbKind.SQLITE) {
                        s.execute("COMMIT");
                    } else if (!application.getAutoCommit()) {
                        application.commit();
                        application.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };

            BackfillRun.Outcome outcome = new BackfillRun(session, new BackfillTable("strata_version", dialect),
                    new BackfillTable.Key("r1", Direction.UPGRADE, 0), backfill(b -> { }), ITEM, lines::add,
                    applicationCommitsDuringThePause, clock::get).run();

            assertThat(outcome.rowsDone()).isEqualTo(ROWS);
            assertThat(bumped(c, 1)).as("every row once").isEqualTo(ROWS);
            assertThat(waits).as("one retry, after the first back-off").hasSize(1);
            assertThat(waits.get(0)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
            String waited = kind == DbKind.SQLITE ? "creating its progress table strata_version_backfill" : "a batch";
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(
                    "Backfill of item: " + waited + " waited too long for a lock (attempt 1); rolled back, retrying in"));
        }
    }
}
