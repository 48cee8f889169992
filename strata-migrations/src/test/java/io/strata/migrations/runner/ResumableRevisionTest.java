package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.resumable.R1CreateStore;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Where DDL commits as it runs (MariaDB, H2), a revision cut off after some of its operations
 * committed resumes after them; where a rollback undoes it (PostgreSQL, SQLite), it runs again whole.
 */
class ResumableRevisionTest {

    private static final String RESUME_PACKAGE = "io.strata.migrations.resumable";

    @ParameterizedTest
    @Databases
    void aProcessKilledBetweenARevisionsDdlAndItsVersionUpdateResumesAfterWhatCommitted(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            // An in-memory H2 database dies with its process: the killed process and the next share a file,
            // written at each commit (by default H2 writes up to 0.5 s late, and a killed process loses them).
            Path h2Dir = kind == DbKind.H2 ? Files.createTempDirectory("strata-resume") : null;
            String url = h2Dir == null ? db.jdbcUrl()
                    : "jdbc:h2:file:" + h2Dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
            boolean commitsAsItRuns = kind == DbKind.MARIADB || kind == DbKind.H2;

            Process victim = MigrateProcess.spawn(url, db.user(), db.password(), 0, 60_000, RESUME_PACKAGE);
            MigrateProcess.awaitLine(victim, R1CreateStore.MARKER);
            victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            try (Connection c = connect(url, db)) {
                assertThat(tableExists(c, "store")).as("the killed run's createTable committed")
                        .isEqualTo(commitsAsItRuns);
            }

            Process next = MigrateProcess.spawn(url, db.user(), db.password(), 0, 0, RESUME_PACKAGE);
            String output = MigrateProcess.outputOf(next);
            assertThat(next.exitValue()).as(output).isZero();
            assertThat(output).contains("APPLIED 1").doesNotContain("already exists");
            if (commitsAsItRuns) {
                assertThat(output).contains("Resuming the upgrade of revision r1: an earlier run was cut off after"
                        + " operations 1 to 2 of 4 committed; skipping them (createTable store, createIndex"
                        + " ix_store_name on store)");
            } else {
                assertThat(output).doesNotContain("Resuming");
            }
            try (Connection c = connect(url, db)) {
                Migrator migrator = Migrator.builder().connections(() -> connect(url, db))
                        .revisions(RevisionSet.scan(RESUME_PACKAGE)).build();
                assertThat(migrator.current()).containsExactly("r1");
                assertThat(columns(c, "store")).containsExactlyInAnyOrder("id", "name", "city");
                assertThat(progressRows(c)).as("no progress survives the revision").isZero();
                // Nothing of the killed run's transaction survived where it rolled back: no progress table either.
                assertThat(tableExists(c, "strata_version_progress")).isEqualTo(commitsAsItRuns);
            }
        }
    }

    @ParameterizedTest
    @Databases
    void aRevisionFixedAfterItFailedResumesAtTheOperationThatFailed(DbKind kind, TestDatabase db) throws Exception {
        boolean commitsAsItRuns = kind == DbKind.MARIADB || kind == DbKind.H2;
        try (db) {
            assertThatThrownBy(() -> migrator(db, Chain.WITH_BROKEN).upgrade("head"))
                    .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                        assertThat(e.operationNumber()).isEqualTo(3);
                        if (commitsAsItRuns) {
                            assertThat(e.getMessage()).contains("Operations 1 to 2 of revision e5 could not be rolled back",
                                    "Fix the revision's operation 3", "the next upgrade resumes after the operations"
                                            + " that committed");
                        } else {
                            assertThat(e.getMessage()).contains("The revision was rolled back", "Fix the revision and");
                        }
                    });

            MigrationResult result = migrator(db, Chain.WITH_FIXED).upgrade("head");

            AppliedRevision e5 = result.applied().get(0);
            assertThat(e5.id()).isEqualTo("e5");
            assertThat(e5.skipped()).isEqualTo(commitsAsItRuns
                    ? List.of("createTable note", "addColumn book.pages") : List.of());
            assertThat(result.current()).containsExactly("e5");
            assertThat(DbState.columns(db, "book")).contains("pages");
            assertThat(DbState.tables(db)).contains("note");
            try (Connection c = db.connect()) {
                assertThat(progressRows(c)).isZero();
            }
        }
    }

    /** The run cut off after an operation committed but before it recorded it: the next finds it in the database. */
    @ParameterizedTest
    @Databases({DbKind.MARIADB, DbKind.H2})
    void anOperationMadeButNotRecordedByTheRunCutOffIsFoundInTheDatabase(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            // The run that was cut off recorded createTable note, then added book.pages and was stopped.
            assertThatThrownBy(() -> migrator(db, Chain.WITH_FAILING_SECOND).upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE book ADD COLUMN pages integer");
            }

            MigrationResult result = migrator(db, Chain.WITH_FIXED).upgrade("head");

            assertThat(result.applied().get(0).skipped()).containsExactly("createTable note", "addColumn book.pages");
            assertThat(result.current()).containsExactly("e5");
            assertThat(DbState.count(db, "book")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @Databases({DbKind.MARIADB, DbKind.H2})
    void aRevisionEditedInOperationsThatAlreadyRanIsNotResumed(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            assertThatThrownBy(() -> migrator(db, Chain.WITH_BROKEN).upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class);

            assertThatThrownBy(() -> migrator(db, Chain.WITH_EDITED).upgrade("head"))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("was cut off after its first 2 operation(s) committed")
                    .hasMessageContaining("no longer those (it was edited since)")
                    .hasMessageContaining("db stamp").hasMessageContaining("strata_version_progress");
            assertThat(migrator(db, Chain.WITH_EDITED).current()).containsExactly("d4");
            assertThat(DbState.tables(db)).contains("note").doesNotContain("memo");

            // Undone by hand and stamped at the revision's start, the edited revision runs whole.
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE note");
                s.execute("ALTER TABLE book DROP COLUMN pages");
            }
            migrator(db, Chain.WITH_EDITED).stamp("d4");
            MigrationResult result = migrator(db, Chain.WITH_EDITED).upgrade("head");
            assertThat(result.applied().get(0).skipped()).isEmpty();
            assertThat(DbState.tables(db)).contains("memo");
        }
    }

    private static Migrator migrator(TestDatabase db, RevisionSet revisions) {
        return Migrator.builder().connections(db::connect).revisions(revisions).lockTimeout(Duration.ofSeconds(20)).build();
    }

    private static Connection connect(String url, TestDatabase db) throws SQLException {
        return url.equals(db.jdbcUrl()) ? db.connect() : DriverManager.getConnection(url, db.user(), db.password());
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }

    /** The rows of the progress table; 0 when it does not exist. */
    private static long progressRows(Connection c) throws SQLException {
        if (!tableExists(c, "strata_version_progress")) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM strata_version_progress")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
