package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.revision.Migration;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.chain.A1CreateAuthorAndBook;
import io.strata.migrations.runner.internal.LockBudget;
import io.strata.migrations.schema.ColumnType;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The lock budget, with real sessions: another connection holds a lock on {@code book} while the
 * revision {@code b2} (add {@code book.isbn}, index it) runs. SQLite locks the whole file and the runner
 * takes its write lock before the first revision, so there the wait is the migration lock's.
 */
class LockBudgetTest {

    private static Migrator migrator(TestDatabase db, Duration attempt, Duration budget) {
        return Migrator.builder().connections(db::connect).revisions(Chain.CHAIN)
                .lockTimeout(budget).ddlLockTimeout(attempt).ddlLockBudget(budget).build();
    }

    /** A second session holding a lock that {@code ALTER TABLE book} must wait for. */
    private static Connection holdLockOnBook(DbKind kind, TestDatabase db) throws SQLException {
        Connection blocker = db.connect();
        try (Statement s = blocker.createStatement()) {
            if (kind == DbKind.SQLITE) {
                s.execute("BEGIN EXCLUSIVE");
            } else if (kind == DbKind.H2) {
                blocker.setAutoCommit(false); // an open transaction that wrote the table holds its lock
                s.execute("INSERT INTO author (id, name) VALUES (1, 'a')");
                s.execute("INSERT INTO book (id, title, author_id) VALUES (1, 't', 1)");
            } else {
                blocker.setAutoCommit(false); // PostgreSQL: ACCESS SHARE; MariaDB: a shared metadata lock
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM book")) {
                    rs.next();
                }
            }
        }
        return blocker;
    }

    private static void release(Connection blocker) throws SQLException {
        try (blocker; Statement s = blocker.createStatement()) {
            if (blocker.getAutoCommit()) {
                s.execute("ROLLBACK");
            } else {
                blocker.rollback();
            }
        }
    }

    @ParameterizedTest
    @Databases
    void whenTheBudgetIsSpentTheRevisionFailsCleanlyNamingTheTableStatementAndBlockers(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Duration.ofMillis(500), Duration.ofSeconds(2));
            migrator.upgrade("a1");
            Connection blocker = holdLockOnBook(kind, db);
            long start = System.nanoTime();
            Throwable error;
            try {
                error = catchThrowable(() -> migrator.upgrade("b2"));
            } finally {
                release(blocker);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(8));
            if (kind == DbKind.SQLITE) {
                assertThat(error).isInstanceOf(LockTimeoutException.class).hasMessageContaining("BEGIN IMMEDIATE");
            } else {
                assertThat(error).isInstanceOf(LockBudgetExhaustedException.class);
                LockBudgetExhaustedException exhausted = (LockBudgetExhaustedException) error;
                assertThat(exhausted.revisionId()).isEqualTo("b2");
                assertThat(exhausted.table()).isEqualTo("book");
                assertThat(exhausted.statement()).containsIgnoringCase("isbn");
                assertThat(exhausted.attempts()).isGreaterThanOrEqualTo(2);
                assertThat(exhausted.elapsed()).isLessThan(Duration.ofSeconds(5));
                assertThat(exhausted.rolledBack()).isTrue();
                assertThat(exhausted.recordedVersions()).containsExactly("a1");
                assertThat(exhausted.getMessage()).contains("on table book", "isbn", "Nothing of the revision was applied",
                        "--lock-budget").doesNotContain(TestDatabase.PASSWORD);
                if (kind == DbKind.POSTGRESQL) {
                    assertThat(exhausted.blockers()).isNotEmpty();
                    assertThat(exhausted.blockers().get(0).query()).contains("SELECT count(*) FROM book");
                    assertThat(exhausted.blockers().get(0).state()).isEqualTo("idle in transaction");
                    assertThat(exhausted.getMessage()).contains("Blocked by:", "SELECT count(*) FROM book");
                }
            }
            assertThat(migrator.current()).containsExactly("a1");
            assertThat(DbState.columns(db, "book")).doesNotContain("isbn");
        }
    }

    @ParameterizedTest
    @Databases
    void whenTheBlockerEndsWithinTheBudgetTheRevisionSucceedsAfterRetrying(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Duration.ofMillis(500), Duration.ofSeconds(30));
            migrator.upgrade("a1");
            Connection blocker = holdLockOnBook(kind, db);
            long start = System.nanoTime();
            CompletableFuture<MigrationResult> upgrade;
            try {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("b2"));
                Thread.sleep(1_800); // several attempts (MariaDB's take a whole second) give up meanwhile
                assertThat(upgrade).isNotDone();
            } finally {
                release(blocker);
            }
            MigrationResult result = upgrade.get(20, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1_800));
            assertThat(result.current()).containsExactly("b2");
            assertThat(DbState.columns(db, "book")).contains("isbn");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void readersOfTheTableAreNotQueuedBehindAWaitingMigrationForLongerThanAnAttempt(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Duration attempt = Duration.ofSeconds(1); // MariaDB's least
            Migrator migrator = migrator(db, attempt, Duration.ofSeconds(30));
            migrator.upgrade("a1");
            Connection blocker = holdLockOnBook(kind, db);
            CompletableFuture<MigrationResult> upgrade;
            try (Connection reader = db.connect(); Statement s = reader.createStatement()) {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("b2"));
                Thread.sleep(300); // the ALTER is queued for its ACCESS EXCLUSIVE lock
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM book")) {
                        rs.next();
                    }
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(attempt.plusSeconds(2));
                }
                assertThat(upgrade).isNotDone();
            } finally {
                release(blocker);
            }
            assertThat(upgrade.get(20, TimeUnit.SECONDS).current()).containsExactly("b2");
        }
    }

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void withoutALockTimeoutReadersQueueBehindTheWaitingMigration(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Duration.ZERO, Duration.ZERO);
            migrator.upgrade("a1");
            Connection blocker = holdLockOnBook(kind, db);
            CompletableFuture<MigrationResult> upgrade;
            try (Connection reader = db.connect(); Statement s = reader.createStatement()) {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("b2"));
                Thread.sleep(300);
                // the reader gives up after 2 s queued behind the ALTER, itself queued behind the blocker
                s.execute(kind == DbKind.POSTGRESQL ? "SET lock_timeout = '2s'" : "SET SESSION lock_wait_timeout = 2");
                assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM book"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(
                                kind == DbKind.POSTGRESQL ? "55P03".equals(e.getSQLState()) : e.getErrorCode() == 1205)
                                .as(e.toString()).isTrue());
            } finally {
                release(blocker);
            }
            assertThat(upgrade.get(20, TimeUnit.SECONDS).current()).containsExactly("b2");
        }
    }

    /**
     * An application transaction that read {@code book} and then writes it while the revision's
     * {@code ALTER TABLE book} waits for its lock. MariaDB queues the write behind a DDL statement queued
     * for the table's metadata lock and breaks the cycle by rolling back the application's transaction
     * (1213); the runner therefore never queues for a metadata lock there, it asks again until the
     * per-attempt timeout. PostgreSQL lets a session that already holds a lock on the table go ahead of
     * the waiting {@code ALTER}. (SQLite and H2 have no such queue: their writers serialize.)
     */
    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB})
    void anApplicationTransactionThatReadTheTableStillWritesItWhileTheMigrationWaitsForItsLock(DbKind kind,
            TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = migrator(db, Duration.ofSeconds(1), Duration.ofSeconds(30));
            migrator.upgrade("a1");
            CompletableFuture<MigrationResult> upgrade;
            try (Connection app = db.connect(); Statement s = app.createStatement()) {
                app.setAutoCommit(false);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM book")) {
                    rs.next();
                }
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("b2"));
                Thread.sleep(400); // the ALTER TABLE book of b2 is after the table's lock by now
                s.execute("INSERT INTO author (id, name) VALUES (1, 'a')");
                s.execute("INSERT INTO book (id, title, author_id) VALUES (1, 't', 1)");
                app.commit();
            }
            assertThat(upgrade.get(30, TimeUnit.SECONDS).current()).containsExactly("b2");
            assertThat(DbState.columns(db, "book")).contains("isbn");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM book")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** a1, then x2: creates table {@code note}, then alters {@code book}. */
    private static final RevisionSet NOTE_THEN_BOOK = RevisionSet.of(List.of(
            MigrationRevision.of(RevisionNode.of("a1"), new A1CreateAuthorAndBook()),
            MigrationRevision.of(RevisionNode.of("x2", "a1"), new Migration() {
                @Override
                public void upgrade(Ops ops) {
                    ops.createTable("note", t -> t.column("id", ColumnType.bigint(), c -> c.notNull()).primaryKey("pk_note", "id"));
                    ops.addColumn("book", "isbn", ColumnType.varchar(20));
                }

                @Override
                public void downgrade(Ops ops) {
                    ops.dropColumn("book", "isbn");
                    ops.dropTable("note");
                }
            })));

    @ParameterizedTest
    @Databases({DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.H2})
    void aRevisionIsRetriedOnlyWhereWhatItDidWasUndone(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(NOTE_THEN_BOOK)
                    .ddlLockTimeout(Duration.ofMillis(500)).ddlLockBudget(Duration.ofSeconds(3)).build();
            migrator.upgrade("a1");
            Connection blocker = holdLockOnBook(kind, db);
            LockBudgetExhaustedException error;
            try {
                error = (LockBudgetExhaustedException) catchThrowable(() -> migrator.upgrade("x2"));
            } finally {
                release(blocker);
            }
            assertThat(error.operationNumber()).isEqualTo(2);
            assertThat(error.table()).isEqualTo("book");
            assertThat(migrator.current()).containsExactly("a1");
            if (kind == DbKind.POSTGRESQL) {
                // transactional DDL: each attempt was rolled back, so it was retried
                assertThat(error.attempts()).isGreaterThan(1);
                assertThat(error.rolledBack()).isTrue();
                assertThat(DbState.tables(db)).doesNotContain("note");
            } else {
                // CREATE TABLE note committed as it ran: retrying would run it twice
                assertThat(error.attempts()).isEqualTo(1);
                assertThat(error.rolledBack()).isFalse();
                assertThat(error.getMessage()).contains("remain applied", "so it was not retried");
                assertThat(DbState.tables(db)).contains("note");
            }
        }
    }

    @Test
    void aBlockersQueryIsShortenedAndShowsNoPassword() {
        BlockingSession session = new BlockingSession(42, "active", "ALTER ROLE app PASSWORD 'hunter2''s' VALID UNTIL 'x'; "
                + "SELECT " + "x, ".repeat(100), Duration.ofSeconds(12));
        assertThat(session.query()).doesNotContain("hunter2").contains("PASSWORD '***'").hasSizeLessThanOrEqualTo(200);
        assertThat(session.describe()).startsWith("pid 42 (active for 12 s): ALTER ROLE app");
    }

    @Test
    void pausesBetweenAttemptsGrowWithJitterUpToFiveSeconds() {
        LockBudget budget = new LockBudget(Duration.ofSeconds(3), Duration.ofSeconds(60));
        for (int i = 0; i < 50; i++) {
            assertThat(budget.pauseAfter(1)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
            assertThat(budget.pauseAfter(3)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1_000));
            assertThat(budget.pauseAfter(40)).isBetween(Duration.ofMillis(2_500), Duration.ofMillis(5_000));
        }
        assertThatThrownBy(() -> Migrator.builder().ddlLockTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ddlLockTimeout");
    }
}
