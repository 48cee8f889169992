package io.strata.migrations.runner;

import static io.strata.migrations.revision.LambdaMigration.migration;
import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * {@code ops.backfill} on the real databases: batches walked by primary key cover every row meeting the
 * condition exactly once, outside the revision's transaction, and a backfill that failed half-way
 * resumes after the last batch that committed.
 */
class BackfillTest {

    private static final int ROWS = 1_050;
    private static final int FAILING_ID = 537;

    private static final MigrationRevision T1 = MigrationRevision.of(RevisionNode.of("t1"), migration(
            ops -> ops.createTable("item", t -> t
                    .column("id", bigint(), c -> c.notNull())
                    .column("n", integer(), c -> c.notNull().serverDefault("0"))
                    .column("code", varchar(20), c -> c.notNull())
                    .primaryKey("pk_item", "id"))
                    .createTable("tag", t -> t
                            .column("name", varchar(20), c -> c.notNull())
                            .column("n", integer(), c -> c.notNull().serverDefault("0"))
                            .primaryKey("pk_tag", "name"))
                    .createTable("log", t -> t.column("n", integer())),
            ops -> ops.dropTable("log").dropTable("tag").dropTable("item")));

    /** Adds a column, then fills it and bumps {@code n} on the rows not coded {@code skip}, 100 at a time. */
    private static RevisionSet filling(String expression) {
        return RevisionSet.of(List.of(T1, MigrationRevision.of(RevisionNode.of("f2", "t1"), migration(
                ops -> ops.addColumn("item", "state", varchar(10))
                        .backfill("item", b -> b.set("n", expression).set("state", "'filled'")
                                .where("code <> 'skip'").batchSize(100)),
                ops -> ops.dropColumn("item", "state")))));
    }

    private static final RevisionSet FILLING = filling("n + 1");

    private static void fill(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, code) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int id = 1; id <= ROWS; id++) {
                ps.setLong(1, id);
                ps.setString(2, id % 7 == 0 ? "skip" : "c" + id);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final long SKIPPED = ROWS / 7;

    /** The id of the n-th row not coded {@code skip}. */
    private static long nthMatchingId(long n) {
        long seen = 0;
        long id = 0;
        while (seen < n) {
            id++;
            if (id % 7 != 0) {
                seen++;
            }
        }
        return id;
    }

    @ParameterizedTest
    @Databases
    void everyRowMeetingTheConditionIsUpdatedExactlyOnceBatchByBatch(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(FILLING).build();
            migrator.upgrade("t1");
            fill(db);
            assertThat(DbState.tables(db)).as("a database whose other bookkeeping tables exist gets the backfill's at"
                    + " its first backfill").contains("strata_version", "strata_version_info")
                    .doesNotContain("strata_version_backfill");

            assertThat(migrator.upgrade("head").current()).containsExactly("f2");

            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 1 AND state = 'filled'")).isEqualTo(ROWS - SKIPPED);
            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 0 AND state IS NULL AND code = 'skip'")).isEqualTo(SKIPPED);
            assertThat(DbState.tables(db)).contains("strata_version_backfill");
            assertThat(DbState.count(db, "strata_version_backfill")).as("forgotten with the version change").isZero();
            assertThat(Migrator.bookkeepingTableNames("strata_version")).contains("strata_version_backfill");

            // a backfill has no reverse: the downgrade runs what the revision says, and the upgrade backfills afresh
            assertThat(migrator.downgrade("t1").current()).containsExactly("t1");
            assertThat(migrator.upgrade("head").current()).containsExactly("f2");
            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 2 AND state = 'filled'")).isEqualTo(ROWS - SKIPPED);
        }
    }

    @ParameterizedTest
    @Databases
    void aTableWithATextKeyIsWalkedByItsKey(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            RevisionSet revisions = RevisionSet.of(List.of(T1, MigrationRevision.of(RevisionNode.of("g2", "t1"), migration(
                    ops -> ops.backfill("tag", b -> b.set("n", "n + 1").batchSize(40)), ops -> { }))));
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("t1");
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name) VALUES (?)")) {
                for (int i = 0; i < 250; i++) {
                    ps.setString(1, "tag-" + Integer.toString(i * 7919 % 1000, 36));
                    ps.executeUpdate();
                }
            }
            migrator.upgrade("head");
            assertThat(count(db, "SELECT count(*) FROM tag WHERE n = 1")).isEqualTo(250);
        }
    }

    @ParameterizedTest
    @Databases
    void aTableWithoutPrimaryKeyIsRefusedWithTheFix(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            RevisionSet revisions = RevisionSet.of(List.of(T1, MigrationRevision.of(RevisionNode.of("h2", "t1"), migration(
                    ops -> ops.backfill("log", b -> b.set("n", "1")), ops -> { }))));
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("t1");
            assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("Cannot backfill table log: it has no primary key")
                    .hasMessageContaining("Give log a single-column integer or text primary key in an earlier revision");
            assertThat(migrator.current()).containsExactly("t1");
        }
    }

    @ParameterizedTest
    @Databases
    void aBackfillThatFailedHalfWayResumesAfterTheBatchesThatCommittedOnceFixed(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            // the expression fails on one row: its batch rolls back, the batches before it stay
            RevisionSet broken = filling("CASE WHEN id = " + FAILING_ID + " THEN NULL ELSE n + 1 END");
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(broken).build();
            migrator.upgrade("t1");
            fill(db);
            assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOfSatisfying(MigrationFailedException.class,
                    e -> assertThat(e.getMessage()).contains("backfill item (n, state)"));
            // batches hold 100 rows meeting the condition: those before the failing row's batch committed
            long doneBefore = (FAILING_ID - 1 - (FAILING_ID - 1) / 7) / 100 * 100;
            long lastKey = nthMatchingId(doneBefore);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_key, rows_done FROM strata_version_backfill")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(Long.toString(lastKey));
                assertThat(rs.getLong(2)).isEqualTo(doneBefore);
                assertThat(rs.next()).isFalse();
            }
            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 1")).isEqualTo(doneBefore);
            assertThat(count(db, "SELECT count(*) FROM item WHERE id > " + lastKey + " AND n <> 0")).isZero();

            // the fixed revision goes on after the recorded key: no row is bumped twice
            Migrator fixed = Migrator.builder().connections(db::connect).revisions(FILLING).build();
            assertThat(fixed.upgrade("head").current()).containsExactly("f2");
            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 1 AND state = 'filled'")).isEqualTo(ROWS - SKIPPED);
            assertThat(count(db, "SELECT count(*) FROM item WHERE n > 1")).isZero();
            assertThat(DbState.count(db, "strata_version_backfill")).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void sqlOutputBatchesWhereTheDialectCanAndSaysSoWhereItCannot(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            String dialect = Dialects.forJdbcUrl(db.jdbcUrl()).name();
            SqlScript script = Migrator.offline(Dialects.byName(dialect), FILLING).upgradeSql("t1", "f2");
            String text = script.text();
            assertThat(text).contains("-- backfill item (n, state) of f2 runs outside the revision's transaction,"
                    + " committing as it goes: ");
            if (kind == DbKind.POSTGRESQL) {
                assertThat(text).contains("in batches of 100 rows", "cannot resume", "DO $$", "COMMIT;",
                        "UPDATE item SET n = n + 1, state = 'filled' WHERE id > lo AND id <= hi AND (code <> 'skip');");
            } else {
                assertThat(text).contains("SQL output cannot batch a backfill on", "one UPDATE of every row",
                        "UPDATE item SET n = n + 1, state = 'filled' WHERE (code <> 'skip');").doesNotContain("DO $$");
            }
            // the script runs as written, statement by statement in auto-commit, each row bumped once
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(FILLING).build();
            migrator.upgrade("t1");
            fill(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (SqlScript.Block block : script.blocks()) {
                    if (block.transaction()) {
                        c.setAutoCommit(false);
                    }
                    for (String statement : block.statements()) {
                        s.execute(statement);
                    }
                    if (block.transaction()) {
                        c.commit();
                        c.setAutoCommit(true);
                    }
                }
            }
            assertThat(migrator.current()).containsExactly("f2");
            assertThat(count(db, "SELECT count(*) FROM item WHERE n = 1 AND state = 'filled'")).isEqualTo(ROWS - SKIPPED);
            assertThat(count(db, "SELECT count(*) FROM item WHERE n <> 1 AND code <> 'skip'")).isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void theReadmeSnippetRuns(DbKind kind, TestDatabase db) throws Exception {
        RevisionSet revisions = RevisionSet.of(List.of(
                MigrationRevision.of(RevisionNode.of("b1"), migration(
                        ops -> ops.createTable("book", t -> t
                                .column("id", bigint(), c -> c.notNull())
                                .column("title", varchar(100), c -> c.notNull())
                                .primaryKey("pk_book", "id")),
                        ops -> ops.dropTable("book"))),
                MigrationRevision.of(RevisionNode.of("b2", "b1"), migration(
                        ops -> {
                            // README:backfill
                            ops.addColumn("book", "slug", varchar(120));
                            ops.backfill("book", b -> b
                                    .set("slug", "lower(title)")           // any SQL expression over the row
                                    .where("slug IS NULL")                 // optional
                                    .batchSize(5_000)                      // rows per batch and transaction (default 1,000)
                                    .pause(Duration.ofMillis(50)));        // or .rowsPerSecond(20_000)
                            // README:end
                        },
                        ops -> ops.dropColumn("book", "slug")))));
        try (db) {
            Migrator migrator = Migrator.builder().connections(db::connect).revisions(revisions).build();
            migrator.upgrade("b1");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO book (id, title) VALUES (1, 'Dune'), (2, 'Emma')");
            }
            migrator.upgrade("head");
            assertThat(count(db, "SELECT count(*) FROM book WHERE slug = lower(title)")).isEqualTo(2);
        }
    }
}
