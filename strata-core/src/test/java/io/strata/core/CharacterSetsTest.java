package io.strata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.core.test.models.Author;
import io.strata.core.testing.DatabaseFixture;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Entities with names in any script are saved and read back through Hibernate on a database whose
 * default character set is {@code latin1} (MariaDB), whether its tables come from the revisions or
 * from {@code createAll}; {@code drift} reports a table stored in {@code latin1}.
 */
class CharacterSetsTest {

    private static final List<String> NAMES = List.of("山田太郎", "Σωκράτης", "😀 Ann 🎉");

    @ParameterizedTest
    @Databases
    void namesInAnyScriptRoundTripThroughHibernateWhateverTheDatabasesDefault(DbKind kind, TestDatabase server)
            throws Exception {
        try (server) {
            if (kind == DbKind.MARIADB) {
                execute(server, "ALTER DATABASE `" + server.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
            }
            try (Database db = Database.builder().url(server.url()).models(DatabaseFixture.MODELS)
                    .migrations(DatabaseFixture.MIGRATIONS).build()) {
                db.upgrade("head");
                roundTrip(db, "revisions");
                assertThat(db.drift().isEmpty()).as(db.drift().report()).isTrue();

                db.drop();
                db.create();
                roundTrip(db, "createall");
                assertThat(db.drift().isEmpty()).as(db.drift().report()).isTrue();

                if (kind == DbKind.MARIADB) {
                    execute(server, "DELETE FROM author");
                    execute(server, "ALTER TABLE author CONVERT TO CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                    DriftReport drift = db.drift();
                    assertThat(drift.isEmpty()).isFalse();
                    assertThat(drift.storage().differences()).extracting(Object::toString).singleElement()
                            .asString().contains("~ table author", "latin1_swedish_ci -> utf8mb4_unicode_520_ci");
                    assertThat(drift.report()).contains("ALTER TABLE `author` CONVERT TO CHARACTER SET utf8mb4");
                }
            }
        }
    }

    private static void roundTrip(Database db, String tag) {
        for (int i = 0; i < NAMES.size(); i++) {
            db.getOrCreate(Author.class, Map.of("email", tag + i + "@example.com"), Map.of("name", NAMES.get(i)));
        }
        db.commit();
        db.removeSession();
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(db.getOne(Author.class, Map.of("email", tag + i + "@example.com")).getName()).isEqualTo(NAMES.get(i));
        }
        assertThat(db.getOne(Author.class, Map.of("name", NAMES.get(2))).getEmail()).isEqualTo(tag + "2@example.com");
        db.removeSession();
    }

    private static void execute(TestDatabase server, String sql) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
