package io.strata.migrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.deploy.Builds;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class OfflineSqlTest {

    /** The table of compatibility verdicts, on PostgreSQL. */
    private static final String INFO_TABLE = "CREATE TABLE strata_version_info (\n    revision_id varchar(64) NOT NULL,\n"
            + "    compatibility varchar(16) NOT NULL,\n    reason varchar(2000),\n"
            + "    applied_at timestamp DEFAULT CURRENT_TIMESTAMP,\n"
            + "    CONSTRAINT pk_strata_version_info PRIMARY KEY (revision_id)\n)";

    private static Migrator offline(String dialect) {
        return Migrator.offline(Dialects.byName(dialect), Chain.CHAIN);
    }

    @Test
    void writesTheUpgradeFromBaseOnPostgresqlWithTheVersionTable() {
        assertThat(offline("postgresql").upgradeSql("base", "b2").statements()).containsExactly(
                "CREATE TABLE strata_version (\n    version_num varchar(64) NOT NULL,\n"
                        + "    CONSTRAINT pk_strata_version PRIMARY KEY (version_num)\n)",
                INFO_TABLE,
                "CREATE TABLE author (\n    id bigint NOT NULL,\n    name varchar(100) NOT NULL,\n"
                        + "    CONSTRAINT pk_author PRIMARY KEY (id)\n)",
                "CREATE TABLE book (\n    id bigint NOT NULL,\n    title varchar(200) NOT NULL,\n    author_id bigint,\n"
                        + "    CONSTRAINT pk_book PRIMARY KEY (id),\n"
                        + "    CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id)\n)",
                "INSERT INTO strata_version (version_num) VALUES ('a1')",
                "DELETE FROM strata_version_info WHERE revision_id = 'a1'",
                "INSERT INTO strata_version_info (revision_id, compatibility, reason) VALUES ('a1', 'COMPATIBLE', 'additive only')",
                "ALTER TABLE book ADD COLUMN isbn varchar(20)",
                "CREATE INDEX ix_book_isbn ON book (isbn)",
                "UPDATE strata_version SET version_num = 'b2' WHERE version_num = 'a1'",
                "DELETE FROM strata_version_info WHERE revision_id = 'b2'",
                "INSERT INTO strata_version_info (revision_id, compatibility, reason) VALUES ('b2', 'COMPATIBLE', 'additive only')");
    }

    @Test
    void eachBlockNamesItsRevisionAndAScriptStartsFromTheVersionTablesIds() {
        SqlScript fromA1 = offline("postgresql").upgradeSqlFrom(java.util.Set.of("a1"), "b2");

        assertThat(fromA1.blocks()).extracting(SqlScript.Block::revision).containsExactly(null, "b2");
        assertThat(fromA1.ofRevision("b2").statements()).startsWith("ALTER TABLE book ADD COLUMN isbn varchar(20)",
                "CREATE INDEX ix_book_isbn ON book (isbn)");
        assertThat(fromA1.ofRevision("b2").text()).startsWith("-- Running upgrade a1 -> b2: add isbn to book")
                .doesNotContain("strata_version_info (\n");
        assertThat(fromA1.ofRevision("a1").blocks()).isEmpty();
        assertThat(fromA1.text()).isEqualTo(offline("postgresql").upgradeSql("a1", "b2").text());
        assertThat(offline("postgresql").upgradeSqlFrom(java.util.Set.of(), "b2").text())
                .isEqualTo(offline("postgresql").upgradeSql("base", "b2").text());
    }

    @Test
    void writesAMiddleRangeWithoutCreatingTheVersionTable() {
        SqlScript script = offline("postgresql").upgradeSql("a1", "b2");
        assertThat(script.blocks()).hasSize(2);
        assertThat(script.blocks().get(0).statements()).containsExactly(INFO_TABLE.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
        assertThat(script.blocks().get(1)).satisfies(block -> {
            assertThat(block.comment()).isEqualTo("Running upgrade a1 -> b2: add isbn to book");
            assertThat(block.transaction()).isTrue();
        });
        assertThat(script.text()).endsWith("""
                -- Running upgrade a1 -> b2: add isbn to book

                BEGIN;

                -- Safety on PostgreSQL: addColumn book.isbn: ACCESS EXCLUSIVE on book (blocks reads and writes), instant
                ALTER TABLE book ADD COLUMN isbn varchar(20);

                -- Safety on PostgreSQL: createIndex ix_book_isbn on book: SHARE on book (blocks writes), scans the table;\
                 safer: CREATE INDEX CONCURRENTLY (ops.createIndexConcurrently)
                CREATE INDEX ix_book_isbn ON book (isbn);

                UPDATE strata_version SET version_num = 'b2' WHERE version_num = 'a1';

                DELETE FROM strata_version_info WHERE revision_id = 'b2';

                INSERT INTO strata_version_info (revision_id, compatibility, reason) VALUES ('b2', 'COMPATIBLE', 'additive only');

                COMMIT;

                """);
    }

    @Test
    void writesTheDowngradeToBaseOnSqlite() {
        assertThat(offline("sqlite").downgradeSql("b2", "base").text()).endsWith("""
                -- Running downgrade b2 -> a1: add isbn to book

                BEGIN;

                -- Safety on SQLite: dropIndex ix_book_isbn on book: database write lock on book (blocks writes), instant
                DROP INDEX ix_book_isbn;

                -- Safety on SQLite: dropColumn book.isbn: database write lock on book (blocks writes), rewrites the table;\
                 safer: expand/contract: deploy code that no longer uses it first, then change it in a later revision
                ALTER TABLE book DROP COLUMN isbn;

                UPDATE strata_version SET version_num = 'a1' WHERE version_num = 'b2';

                DELETE FROM strata_version_info WHERE revision_id = 'b2';

                COMMIT;

                -- Running downgrade a1 -> base: create author and book

                BEGIN;

                -- Safety on SQLite: dropTable book: database write lock on book (blocks writes), scans the table;\
                 safer: expand/contract: deploy code that no longer uses it first, then change it in a later revision
                DROP TABLE book;

                -- Safety on SQLite: dropTable author: database write lock on author (blocks writes), scans the table;\
                 safer: expand/contract: deploy code that no longer uses it first, then change it in a later revision
                DROP TABLE author;

                DELETE FROM strata_version WHERE version_num = 'a1';

                DELETE FROM strata_version_info WHERE revision_id = 'a1';

                COMMIT;

                """);
    }

    @Test
    void writesTheUpgradeFromBaseOnSqliteWithItsTypeSpelling() {
        assertThat(offline("sqlite").upgradeSql("base", "a1").statements()).contains(
                "CREATE TABLE strata_version (\n    version_num VARCHAR(64) NOT NULL,\n"
                        + "    CONSTRAINT pk_strata_version PRIMARY KEY (version_num)\n)",
                "INSERT INTO strata_version (version_num) VALUES ('a1')");
    }

    @Test
    void refusesARevisionWithAJavaCallbackNamingIt() {
        assertThatThrownBy(() -> offline("postgresql").upgradeSql("b2", "c3"))
                .isInstanceOfSatisfying(SqlOutputException.class, e -> assertThat(e.revisionId()).isEqualTo("c3"))
                .hasMessageContaining("Revision c3").hasMessageContaining("run 'add Ann's first book'");
    }

    @Test
    void needsADialect() {
        Migrator migrator = Migrator.builder().revisions(Chain.CHAIN).build();
        assertThatThrownBy(() -> migrator.upgradeSql("base", "head")).hasMessageContaining("Builder.dialect(");
    }

    /** The script is not only text: executed statement by statement it yields what the runner would. */
    @ParameterizedTest
    @Databases({DbKind.SQLITE, DbKind.POSTGRESQL, DbKind.MARIADB, DbKind.H2})
    void theUpgradeScriptRunsOnTheRealDatabase(DbKind kind, TestDatabase db) throws Exception {
        String dialect = kind.name().toLowerCase(java.util.Locale.ROOT);
        try (db) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String sql : offline(dialect).upgradeSql("base", "b2").statements()) {
                    s.execute(sql);
                }
            }
            Migrator online = Migrator.builder().connections(db::connect).revisions(Chain.CHAIN)
                    .lockTimeout(Duration.ofSeconds(5)).build();
            assertThat(online.current()).containsExactly("b2");
            assertThat(DbState.columns(db, "book")).contains("isbn");
            assertThat(online.upgrade("head").applied()).extracting(AppliedRevision::id).containsExactly("c3", "d4");
        }
    }

    /** Scripts record the verdicts too, so that old code reads them after a DBA ran the SQL. */
    @ParameterizedTest
    @Databases
    void theScriptsRecordTheVerdictsOldCodeReads(DbKind kind, TestDatabase db) throws Exception {
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(java.util.Locale.ROOT));
        try (db) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String sql : Migrator.offline(dialect, Builds.R2).upgradeSql("base", "head").statements()) {
                    s.execute(sql);
                }
                for (String sql : Migrator.offline(dialect, Builds.R3).upgradeSql("r2", "head").statements()) {
                    s.execute(sql);
                }
            }
            Migrator old = Migrator.builder().connections(db::connect).revisions(Builds.R1).build();
            SchemaStatus status = old.status(Duration.ZERO);
            assertThat(status.status()).isEqualTo(DatabaseStatus.AHEAD_BREAKING);
            assertThat(status.breakingIds()).containsExactly("r3");
            assertThat(status.message()).contains("r3 (breaking: drops column widget.note)");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String sql : Migrator.offline(dialect, Builds.R3).downgradeSql("r3", "r2").statements()) {
                    s.execute(sql);
                }
            }
            assertThat(old.status(Duration.ZERO).status()).isEqualTo(DatabaseStatus.AHEAD_COMPATIBLE);
        }
    }
}
