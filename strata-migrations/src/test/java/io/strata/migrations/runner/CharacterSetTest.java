package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.diff.Difference;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/**
 * Names in any script are stored and read back whatever the database's default character set: on a
 * MariaDB database whose default is {@code latin1}, the tables (and the version tables) Strata creates
 * are {@code utf8mb4}, and a table created in the default shows as a storage difference.
 */
class CharacterSetTest {

    private static final List<String> NAMES = List.of("山田太郎", "Σωκράτης", "😀 Ann 🎉", "Ünïcødé ñ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

    @ParameterizedTest
    @Databases
    void revisionsCreateTablesThatHoldEveryScriptOnADatabaseWhoseDefaultIsLatin1(DbKind kind, TestDatabase db)
            throws Exception {
        try (db) {
            if (kind == DbKind.MARIADB) {
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.execute("ALTER DATABASE `" + db.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                }
            }
            Migrator.builder().connections(db::connect).revisions(Chain.CHAIN).lockTimeout(Duration.ofSeconds(20))
                    .build().upgrade("head");

            try (Connection c = db.connect()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO author (id, name) VALUES (?, ?)")) {
                    for (int i = 0; i < NAMES.size(); i++) {
                        insert.setLong(1, 100 + i);
                        insert.setString(2, NAMES.get(i));
                        insert.executeUpdate();
                    }
                }
                for (int i = 0; i < NAMES.size(); i++) {
                    try (PreparedStatement read = c.prepareStatement("SELECT name FROM author WHERE id = ?")) {
                        read.setLong(1, 100 + i);
                        try (ResultSet rs = read.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getString(1)).isEqualTo(NAMES.get(i));
                        }
                    }
                }
                // Two different emoji are two different names (a Unicode 4.0 collation would weigh them alike).
                try (PreparedStatement same = c.prepareStatement("SELECT count(*) FROM author WHERE name = ?")) {
                    same.setString(1, "😁 Ann 🎉");
                    try (ResultSet rs = same.executeQuery()) {
                        rs.next();
                        assertThat(rs.getLong(1)).isZero();
                    }
                }
                // Every table Strata created, the version tables included, is stored as Strata creates tables.
                assertThat(SchemaInspector.create().storage(c)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @Databases(DbKind.MARIADB)
    void aTableCreatedInTheDatabasesLatin1DefaultIsAStorageDifference(DbKind kind, TestDatabase db) throws Exception {
        try (db) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE `" + db.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                s.execute("CREATE TABLE legacy (id int PRIMARY KEY, name varchar(20))");
                s.execute("CREATE TABLE converted (id int PRIMARY KEY, name varchar(20))");
                // Changing only the default leaves the existing columns in latin1: still a difference.
                s.execute("ALTER TABLE converted DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
            Migrator.builder().connections(db::connect).revisions(Chain.CHAIN).build().upgrade("head");

            try (Connection c = db.connect()) {
                List<Difference> storage = SchemaInspector.create().storage(c);
                assertThat(storage).extracting(Difference::table).containsExactly("converted", "legacy");
                assertThat(storage.get(1).toString()).contains("~ table legacy", "latin1_swedish_ci -> utf8mb4_unicode_520_ci",
                        "ALTER TABLE `legacy` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
                assertThat(SchemaInspector.create().excluding("legacy", "converted").storage(c)).isEmpty();

                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE legacy CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
                }
                assertThat(SchemaInspector.create().storage(c)).extracting(Difference::table).containsExactly("converted");
            }
        }
    }
}
