package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * SQLite file faults: another process holding the file's lock past the busy timeout. What the
 * application is told always matches what the file holds, and it recovers by itself.
 */
class SQLiteFaultsTest {

    @Test
    void after_a_lock_held_past_the_busy_timeout_every_answer_matches_what_was_committed() throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE);
                Database db = Database.builder().url(file.url()).models(DatabaseFixture.MODELS)
                        .busyTimeout(Duration.ofMillis(300))
                        .property("hikari.maximumPoolSize", "2").build()) {
            db.createAll();
            db.useTransaction(s -> s.persist(new Author("Ann", "ann@x")));
            db.removeSession();

            try (Connection holder = file.connect(); Statement s = holder.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                for (int i = 0; i < 2; i++) {
                    String email = "blocked" + i + "@x";
                    assertThatThrownBy(() -> db.useTransaction(session -> session.persist(new Author("Blocked", email))))
                            .matches(DatabaseFailures::isUnavailable, "is unavailable");
                    db.removeSession();
                }
                s.execute("COMMIT");
            }

            for (int i = 0; i < 4; i++) {
                String email = "after" + i + "@x";
                db.useTransaction(session -> session.persist(new Author("After", email)));
                db.removeSession();
            }
            assertThat(rows(file)).isEqualTo(5);
            assertThatThrownBy(() -> db.useTransaction(session -> session.persist(new Author("Dup", "ann@x"))))
                    .matches(ConstraintViolations::isUnique);
            db.removeSession();
            assertThat(rows(file)).isEqualTo(5);
        }
    }

    @Test
    void a_full_file_refuses_the_write_it_cannot_hold_and_takes_writes_again_once_space_is_freed() throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE)) {
            try (Database setup = build(file, "")) {
                setup.createAll();
            }
            long pages;
            try (Connection c = file.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
            // The file may not grow past a few more pages: as full as a full disk, for this application.
            try (Database db = build(file, "?max_page_count=" + (pages + 4))) {
                String name = "x".repeat(90);
                int saved = 0;
                Throwable refused = null;
                for (int i = 0; i < 500 && refused == null; i++) {
                    String email = "filler" + i + "@" + "y".repeat(150);
                    try {
                        db.useTransaction(session -> session.persist(new Author(name, email)));
                        saved++;
                    } catch (RuntimeException e) {
                        refused = e;
                    } finally {
                        db.removeSession();
                    }
                }
                assertThat(refused).isNotNull().matches(DatabaseFailures::isUnavailable, "is unavailable");
                assertThat(rows(file)).isEqualTo(saved);

                try (Connection c = file.connect(); Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM author WHERE id % 2 = 0");
                }
                long left = rows(file);
                for (int i = 0; i < 3; i++) {
                    String email = "again" + i + "@x";
                    db.useTransaction(session -> session.persist(new Author("Again", email)));
                    db.removeSession();
                }
                assertThat(rows(file)).isEqualTo(left + 3);
            }
        }
    }

    @Test
    void writes_to_a_file_deleted_under_the_application_are_refused_until_it_is_put_back() throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE); Database db = build(file, "")) {
            db.create();
            db.useTransaction(s -> s.persist(new Author("Ann", "ann@x")));
            db.removeSession();
            assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.UP_TO_DATE);
            Path backup = Files.createTempDirectory("strata-backup").resolve("backup.db");
            try (Connection c = file.connect(); Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
            }

            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file.file() + suffix));
            }
            assertThatThrownBy(() -> db.useTransaction(s -> s.persist(new Author("Lost", "lost@x"))))
                    .matches(DatabaseFailures::isUnavailable, "is unavailable");
            db.removeSession();
            assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.NO_INFO);
            assertThat(Files.exists(file.file())).as("no empty file was created in its place").isFalse();

            Files.move(backup, file.file());
            db.useTransaction(s -> s.persist(new Author("Back", "back@x")));
            db.removeSession();
            assertThat(rows(file)).isEqualTo(2);
            assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.UP_TO_DATE);
        }
    }

    @Test
    void a_damaged_file_fails_readiness_once_an_error_reports_it_and_passes_again_once_repaired() throws Exception {
        try (TestDatabase file = TestDatabase.create(DbKind.SQLITE)) {
            try (Database setup = build(file, "")) {
                setup.create();
                setup.useTransaction(s -> {
                    for (int i = 0; i < 300; i++) {
                        s.persist(new Author("Author " + i, "a" + i + "@x"));
                    }
                });
                setup.removeSession();
            }
            long pageSize;
            long rootPage;
            try (Connection c = file.connect(); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                pageSize = single(s, "PRAGMA page_size");
                rootPage = single(s, "SELECT rootpage FROM sqlite_master WHERE name = 'author'");
            }
            byte[] original;
            try (RandomAccessFile raw = new RandomAccessFile(file.file().toFile(), "rw")) {
                original = new byte[(int) pageSize];
                raw.seek((rootPage - 1) * pageSize);
                raw.readFully(original);
                byte[] garbage = new byte[(int) pageSize];
                java.util.Arrays.fill(garbage, (byte) 0x5a);
                raw.seek((rootPage - 1) * pageSize);
                raw.write(garbage);
            }

            try (Database db = build(file, "")) {
                assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.UP_TO_DATE);
                assertThatThrownBy(() -> db.session().createSelectionQuery("from Author", Author.class).getResultList())
                        .matches(DatabaseFailures::isUnavailable, "is unavailable");
                db.removeSession();
                assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.NO_INFO);

                try (RandomAccessFile raw = new RandomAccessFile(file.file().toFile(), "rw")) {
                    raw.seek((rootPage - 1) * pageSize);
                    raw.write(original);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (db.status() != io.strata.migrations.runner.DatabaseStatus.UP_TO_DATE && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(db.status()).isEqualTo(io.strata.migrations.runner.DatabaseStatus.UP_TO_DATE);
            }
        }
    }

    private static Database build(TestDatabase file, String parameters) {
        return Database.builder().url(file.url() + parameters).models(DatabaseFixture.MODELS)
                .migrations(DatabaseFixture.MIGRATIONS).busyTimeout(Duration.ofMillis(300)).build();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long rows(TestDatabase file) throws SQLException {
        try (Connection c = file.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM author")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
