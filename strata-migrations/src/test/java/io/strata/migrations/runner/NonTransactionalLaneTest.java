package io.strata.migrations.runner;

import static io.strata.migrations.revision.LambdaMigration.migration;
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.varchar;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.operations.CreateIndex;
import io.strata.migrations.operations.DropIndex;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * The non-transactional lane, on the real servers: indexes built {@code CONCURRENTLY} on PostgreSQL
 * (outside the revision's transaction, the migration lock held), {@code ALGORITHM=INPLACE, LOCK=NONE}
 * on MariaDB, the ordinary statement on SQLite and H2.
 */
class NonTransactionalLaneTest {

    private static final MigrationRevision T1 = MigrationRevision.of(RevisionNode.of("t1"), migration(
            ops -> ops.createTable("item", t -> t
                    .column("id", bigint(), c -> c.notNull())
                    .column("code", varchar(20))
                    .primaryKey("pk_item", "id")),
            ops -> ops.dropTable("item")));

    /** A mixed revision: a column in the transaction, then the index outside it (on PostgreSQL). */
    private static final RevisionSet MIXED = RevisionSet.of(List.of(T1,
            MigrationRevision.of(RevisionNode.of("c2", "t1"), migration(
                    ops -> ops.addColumn("item", "note", varchar(50))
                            .createIndexConcurrently("ix_item_code", "item", "code"),
                    ops -> ops.dropIndexConcurrently("ix_item_code", "item")
                            .dropColumn("item", "note")))));

    /** A revision that is only a concurrent index build. */
    private static final RevisionSet INDEX_ONLY = RevisionSet.of(List.of(T1,
            MigrationRevision.of(RevisionNode.of("i2", "t1"), migration(
                    ops -> ops.createIndexConcurrently("ix_item_code", "item", "code"),
                    ops -> ops.dropIndexConcurrently("ix_item_code", "item")))));

    private static final RevisionSet UNIQUE = RevisionSet.of(List.of(T1,
            MigrationRevision.of(RevisionNode.of("u2", "t1"), migration(
                    ops -> ops.createUniqueIndexConcurrently("uq_item_code", "item", "code"),
                    ops -> ops.dropIndexConcurrently("uq_item_code", "item")))));

    private static List<Index> indexes(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaInspector.create().inspect(c).table("item").map(Table::indexes).orElse(List.of());
        }
    }

    private static void execute(TestDatabase db, String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** PostgreSQL: whether the named index exists and is valid ({@code null}: no such index). */
    private static Boolean valid(TestDatabase db, String index) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ?")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    @ParameterizedTest
    @Databases
    void eachDatabaseRendersTheConcurrentIndexItsOwnWay(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Schema schema = MIXED.schemaAt("t1");
            Dialect dialect = Dialects.forJdbcUrl(db.jdbcUrl());
            CreateIndex create = new CreateIndex("item", new Index("ix_item_code", List.of("code"), false), true);
            DropIndex drop = new DropIndex("item", "ix_item_code", create.index(), true);
            Schema indexed = create.applyTo(schema);
            String created = String.join("\n", dialect.render(create, schema));
            String dropped = String.join("\n", dialect.render(drop, indexed));
            switch (kind) {
                case POSTGRESQL -> {
                    assertThat(created).isEqualTo("CREATE INDEX CONCURRENTLY ix_item_code ON item (code)");
                    assertThat(dropped).isEqualTo("DROP INDEX CONCURRENTLY ix_item_code");
                }
                case MARIADB -> {
                    assertThat(created).isEqualTo("ALTER TABLE item ADD INDEX ix_item_code (code), ALGORITHM=INPLACE, LOCK=NONE");
                    assertThat(dropped).isEqualTo("ALTER TABLE item DROP INDEX ix_item_code, ALGORITHM=INPLACE, LOCK=NONE");
                }
                default -> {
                    // no such option: the ordinary statements, inside the revision's transaction
                    assertThat(created).isEqualTo(String.join("\n", dialect
                            .render(new CreateIndex("item", create.index()), schema)));
                    assertThat(created).doesNotContainIgnoringCase("concurrently").doesNotContain("ALGORITHM");
                    assertThat(dropped).doesNotContainIgnoringCase("concurrently");
                }
            }
            // the operations keep the option when reversed
            assertThat(create.reverse()).contains(drop);
            assertThat(drop.reverse()).contains(create);
        }
    }

    @ParameterizedTest
    @Databases
    void aRevisionWithAConcurrentIndexUpgradesAndDowngrades(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(MIXED).build();
            migrator.upgrade("t1");
            execute(db, "INSERT INTO item (id, code) VALUES (1, 'a')", "INSERT INTO item (id, code) VALUES (2, 'a')");
            MigrationResult up = migrator.upgrade("head");
            assertThat(up.current()).containsExactly("c2");
            assertThat(DbState.columns(db, "item")).contains("note");
            assertThat(indexes(db)).extracting(Index::name).containsExactly("ix_item_code");
            if (kind == DbKind.POSTGRESQL) {
                assertThat(valid(db, "ix_item_code")).isTrue();
            }
            MigrationResult down = migrator.downgrade("t1");
            assertThat(down.current()).containsExactly("t1");
            assertThat(indexes(db)).isEmpty();
            assertThat(DbState.columns(db, "item")).doesNotContain("note");
            assertThat(DbState.count(db, "item")).isEqualTo(2);
            assertThat(migrator.upgrade("head").current()).containsExactly("c2");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void offlineSqlCommitsBeforeTheConcurrentStatementAndBeginsAfterIt(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            String text = Migrator.offline(Dialects.byName("postgresql"), MIXED).upgradeSql("t1", "c2").text();
            assertThat(text).containsSubsequence(
                    "BEGIN;", "ALTER TABLE item ADD COLUMN note", "COMMIT;",
                    "-- createIndex ix_item_code on item of c2 runs outside a transaction: CREATE INDEX CONCURRENTLY cannot run inside a transaction",
                    "CREATE INDEX CONCURRENTLY ix_item_code ON item (code);",
                    "-- Rest of c2", "BEGIN;", "UPDATE", "COMMIT;");
            int concurrent = text.indexOf("CREATE INDEX CONCURRENTLY");
            assertThat(text.substring(text.lastIndexOf("COMMIT;", concurrent), concurrent)).doesNotContain("BEGIN;");
            // the script runs as written (psql-like: one statement at a time, in auto-commit)
            Migrator.builder().connections(db::connect).revisions(MIXED).build().upgrade("t1");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String statement : text.split(";\n")) {
                    String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!sql.isEmpty()) {
                        s.execute(sql);
                    }
                }
            }
            assertThat(valid(db, "ix_item_code")).isTrue();
            assertThat(Migrator.builder().connections(db::connect).revisions(MIXED).build().current()).containsExactly("c2");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void whileTheConcurrentBuildWaitsOtherSessionsCanStillWriteAndTheMigrationLockStaysHeld(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(INDEX_ONLY)
                    .ddlLockTimeout(Duration.ofSeconds(30)).build();
            migrator.upgrade("t1");
            // a writer whose open transaction the build must wait for (so the build is deterministically in progress)
            Connection writer = db.connect();
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO item (id, code) VALUES (1, 'w')");
            }
            CompletableFuture<MigrationResult> upgrade;
            try {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
                int pid = waitForWaitingBuild(db);
                try (Connection other = db.connect(); Statement s = other.createStatement()) {
                    s.execute("SET statement_timeout = '3s'"); // would fail, not hang, if writes were blocked
                    long start = System.nanoTime();
                    s.execute("INSERT INTO item (id, code) VALUES (2, 'x')");
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                    // the build holds SHARE UPDATE EXCLUSIVE on the table, never SHARE (which blocks writers)
                    List<String> modes = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                            + " WHERE c.relname = 'item' AND l.granted AND l.pid = " + pid)) {
                        while (rs.next()) {
                            modes.add(rs.getString(1));
                        }
                    }
                    assertThat(modes).contains("ShareUpdateExclusiveLock").doesNotContain("ShareLock");
                    // and it runs outside any transaction of the migration's session
                    try (ResultSet rs = s.executeQuery("SELECT backend_xid IS NULL FROM pg_stat_activity WHERE pid = " + pid)) {
                        rs.next();
                        assertThat(rs.getBoolean(1)).isTrue();
                    }
                }
                // the migration lock stays held while the build runs
                Migrator second = Migrator.builder().connections(db::connect).revisions(INDEX_ONLY)
                        .lockTimeout(Duration.ofMillis(700)).build();
                assertThatThrownBy(() -> second.upgrade("head")).isInstanceOf(LockTimeoutException.class);
                assertThat(upgrade).isNotDone();
            } finally {
                writer.commit();
                writer.close();
            }
            assertThat(upgrade.get(30, TimeUnit.SECONDS).current()).containsExactly("i2");
            assertThat(valid(db, "ix_item_code")).isTrue();
            assertThat(DbState.count(db, "item")).isEqualTo(2);
        }
    }

    /** Waits until the migration's {@code CREATE INDEX CONCURRENTLY} waits for a lock; returns its session's pid. */
    private static int waitForWaitingBuild(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'")) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the CREATE INDEX CONCURRENTLY never started waiting");
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void aConcurrentBuildThatGaveUpWaitingIsCleanedUpAndRetriedWithinTheBudget(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(INDEX_ONLY)
                    .ddlLockTimeout(Duration.ofMillis(400)).ddlLockBudget(Duration.ofSeconds(30)).build();
            migrator.upgrade("t1");
            Connection writer = db.connect();
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO item (id, code) VALUES (1, 'w')");
            }
            CompletableFuture<MigrationResult> upgrade;
            try {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
                Thread.sleep(1_500); // attempts give up meanwhile, each leaving an INVALID index the next one drops
                assertThat(upgrade).isNotDone();
            } finally {
                writer.commit();
                writer.close();
            }
            assertThat(upgrade.get(30, TimeUnit.SECONDS).current()).containsExactly("i2");
            assertThat(valid(db, "ix_item_code")).isTrue();
            // no INVALID index is left behind by the attempts that gave up
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                            + " WHERE NOT i.indisvalid")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @ParameterizedTest
    @Databases
    void aFailedUniqueBuildLeavesNoInvalidIndexOnceTheDataIsFixedAndTheMigrationRerun(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(UNIQUE).build();
            migrator.upgrade("t1");
            execute(db, "INSERT INTO item (id, code) VALUES (1, 'dup')", "INSERT INTO item (id, code) VALUES (2, 'dup')");
            assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("uq_item_code");
            assertThat(migrator.current()).containsExactly("t1");
            if (kind == DbKind.POSTGRESQL) {
                assertThat(valid(db, "uq_item_code")).as("the failed CONCURRENTLY build left an INVALID index").isFalse();
            }
            execute(db, "UPDATE item SET code = 'other' WHERE id = 2");
            assertThat(migrator.upgrade("head").current()).containsExactly("u2");
            try (Connection c = db.connect()) {
                Table item = SchemaInspector.create().inspect(c).table("item").orElseThrow();
                // MariaDB reads a unique index back as a unique constraint
                assertThat(kind == DbKind.MARIADB ? item.uniqueConstraints().stream().map(u -> u.name()).toList()
                        : item.indexes().stream().filter(Index::unique).map(Index::name).toList()).containsExactly("uq_item_code");
            }
            if (kind == DbKind.POSTGRESQL) {
                assertThat(valid(db, "uq_item_code")).isTrue();
            }
            assertThatThrownBy(() -> execute(db, "INSERT INTO item (id, code) VALUES (3, 'dup')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest
    @Databases
    void theMigrationLockStaysHeldAfterTheConcurrentStatementUntilTheRevisionCompletes(DbKind kind, TestDatabase db)
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RevisionSet revisions = RevisionSet.of(List.of(T1, MigrationRevision.of(RevisionNode.of("i2", "t1"), migration(
                ops -> ops.createIndexConcurrently("ix_item_code", "item", "code").run("block", connection -> {
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                ops -> ops.dropIndexConcurrently("ix_item_code", "item")))));
        try (db) {
            Migrator first = Migrator.builder().connections(db::connect).revisions(revisions).build();
            first.upgrade("t1");
            CompletableFuture<MigrationResult> running = CompletableFuture.supplyAsync(() -> first.upgrade("head"));
            try {
                assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
                if (kind != DbKind.SQLITE) { // SQLite: inside the command's one transaction, not visible yet
                    assertThat(indexes(db)).extracting(Index::name).containsExactly("ix_item_code");
                }
                Migrator second = Migrator.builder().connections(db::connect).revisions(revisions)
                        .lockTimeout(Duration.ofMillis(700)).build();
                assertThatThrownBy(() -> second.upgrade("head")).isInstanceOf(LockTimeoutException.class);
                if (kind != DbKind.SQLITE && kind != DbKind.H2) {
                    assertThat(second.current()).as("the version is recorded only once the whole revision ran")
                            .containsExactly("t1");
                }
            } finally {
                release.countDown();
            }
            assertThat(running.get(20, TimeUnit.SECONDS).current()).containsExactly("i2");
        }
    }

    @ParameterizedTest
    @Databases(DbKind.MARIADB)
    void onMariaDBAnIndexThatCannotBeBuiltOnlineFailsFastInsteadOfCopyingTheTable(DbKind kind, TestDatabase db)
            throws Exception {
        RevisionSet revisions = RevisionSet.of(List.of(
                MigrationRevision.of(RevisionNode.of("m1"), migration(
                        ops -> ops.execute("CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20)) ENGINE=Aria"),
                        ops -> ops.execute("DROP TABLE item"))),
                MigrationRevision.of(RevisionNode.of("m2", "m1"), migration(
                        ops -> ops.createIndexConcurrently("ix_item_code", "item", "code"),
                        ops -> ops.dropIndexConcurrently("ix_item_code", "item")))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("m1");
            assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("ALGORITHM=INPLACE");
            assertThat(migrator.current()).containsExactly("m1");
            assertThat(indexes(db)).isEmpty();
        }
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void whenTheConcurrentOperationFailsAfterTheTransactionalPartCommittedTheErrorSaysWhatRemains(DbKind kind,
            TestDatabase db) throws Exception {
        RevisionSet revisions = RevisionSet.of(List.of(T1, MigrationRevision.of(RevisionNode.of("m2", "t1"), migration(
                ops -> ops.addColumn("item", "note", varchar(50))
                        .createUniqueIndexConcurrently("uq_item_code", "item", "code"),
                ops -> ops.dropIndexConcurrently("uq_item_code", "item").dropColumn("item", "note")))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("t1");
            execute(db, "INSERT INTO item (id, code) VALUES (1, 'dup')", "INSERT INTO item (id, code) VALUES (2, 'dup')");
            assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .satisfies(e -> assertThat(((MigrationFailedException) e).rolledBack()).isFalse())
                    .hasMessageContaining("Operations 1 to 1 of revision m2 could not be rolled back")
                    .hasMessageContaining("outside the transaction");
            assertThat(migrator.current()).containsExactly("t1");
            assertThat(DbState.columns(db, "item")).contains("note");
        }
    }

    @ParameterizedTest
    @Databases
    void theReadmeSnippetRuns(DbKind kind, TestDatabase db) throws Exception {
        RevisionSet revisions = RevisionSet.of(List.of(
                MigrationRevision.of(RevisionNode.of("b1"), migration(
                        ops -> ops.createTable("book", t -> t
                                .column("id", bigint(), c -> c.notNull())
                                .column("isbn", varchar(20))
                                .primaryKey("pk_book", "id"))
                                .createIndex("ix_book_old", "book", "isbn"),
                        ops -> ops.dropTable("book"))),
                MigrationRevision.of(RevisionNode.of("b2", "b1"), migration(
                        ops -> {
                            // README:lane
                            ops.createIndexConcurrently("ix_book_isbn", "book", "isbn");      // also createUniqueIndexConcurrently
                            ops.dropIndexConcurrently("ix_book_old", "book");
                            // README:end
                        },
                        ops -> ops.createIndexConcurrently("ix_book_old", "book", "isbn")
                                .dropIndexConcurrently("ix_book_isbn", "book")))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("head");
            try (Connection c = db.connect()) {
                assertThat(SchemaInspector.create().inspect(c).table("book").orElseThrow().indexes())
                        .extracting(Index::name).containsExactly("ix_book_isbn");
            }
            migrator.downgrade("b1");
            try (Connection c = db.connect()) {
                assertThat(SchemaInspector.create().inspect(c).table("book").orElseThrow().indexes())
                        .extracting(Index::name).containsExactly("ix_book_old");
            }
        }
    }

    @ParameterizedTest
    @Databases(DbKind.POSTGRESQL)
    void aConcurrentBuildKilledHalfWayIsCleanedUpAndCompletedByTheNextRun(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(INDEX_ONLY)
                    .ddlLockTimeout(Duration.ofSeconds(30)).build();
            migrator.upgrade("t1");
            Connection writer = db.connect();
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO item (id, code) VALUES (1, 'w')");
            }
            CompletableFuture<MigrationResult> upgrade;
            try {
                upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
                int pid = waitForWaitingBuild(db);
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(" + pid + ")");
                }
                assertThatThrownBy(() -> upgrade.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLException.class);
            } finally {
                writer.commit();
                writer.close();
            }
            assertThat(valid(db, "ix_item_code")).as("the killed build left an INVALID index").isFalse();
            assertThat(migrator.current()).containsExactly("t1");
            assertThat(migrator.upgrade("head").current()).containsExactly("i2");
            assertThat(valid(db, "ix_item_code")).isTrue();
        }
    }
}
