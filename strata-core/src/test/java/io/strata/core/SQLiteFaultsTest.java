package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static long rows(TestDatabase file) throws SQLException {
        try (Connection c = file.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM author")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
