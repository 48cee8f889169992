package io.strata.migrations.dialect.internal.sqlite;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.dialect.internal.OpFixture;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.ColumnType;

class SQLiteDialectTest {

    private final OpFixture sqlite = OpFixture.of("sqlite");

    private static final String BOOK_WITHOUT_CHECK = """
            CREATE TABLE book (
                id INTEGER NOT NULL CONSTRAINT pk_book PRIMARY KEY AUTOINCREMENT,
                author_id BIGINT NOT NULL,
                title VARCHAR(200) NOT NULL,
                price DECIMAL(10,2) DEFAULT 0 NOT NULL,
                CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
            )""";

    @Test
    void createTablePutsTheAutoIncrementPrimaryKeyInlineAndKeepsNeutralTypeNames() {
        assertThat(sqlite.sqlOnEmpty(new CreateTable(OpFixture.library().table("book").orElseThrow()))).containsExactly("""
                CREATE TABLE book (
                    id INTEGER NOT NULL CONSTRAINT pk_book PRIMARY KEY AUTOINCREMENT,
                    author_id BIGINT NOT NULL,
                    title VARCHAR(200) NOT NULL,
                    price DECIMAL(10,2) DEFAULT 0 NOT NULL,
                    CONSTRAINT ck_book_price CHECK (price >= 0),
                    CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
                )""", "CREATE INDEX ix_book_title ON book (title)");
    }

    @Test
    void autoIncrementOutsideASingleColumnPrimaryKeyIsRefusedWithTheFix() {
        assertThatThrownBy(() -> sqlite.sql(ops -> ops.createTable("t", t -> t
                .column("a", integer()).column("n", bigint(), c -> c.autoIncrement()).primaryKey("pk_t", "a"))))
                .isInstanceOf(UnsupportedByDialectException.class).hasMessageContaining("column n of table t")
                .hasMessageContaining("Make it the primary key");
    }

    @Test
    void addColumnIsNativeWhenSqliteAllowsItAndARebuildOtherwise() {
        assertThat(sqlite.sql(ops -> ops.addColumn("book", "isbn", varchar(20))
                .addColumn("book", "stock", integer(), c -> c.notNull().serverDefault("0")))).containsExactly(
                "ALTER TABLE book ADD COLUMN isbn VARCHAR(20)",
                "ALTER TABLE book ADD COLUMN stock INTEGER DEFAULT 0 NOT NULL");
        assertThat(sqlite.sql(ops -> ops.addColumn("book", "added", ColumnType.timestamp(),
                c -> c.serverDefault("CURRENT_TIMESTAMP")))).first().isEqualTo("CREATE TABLE _strata_tmp_book AS SELECT * FROM book");
    }

    @Test
    void dropColumnIsNativeWhenNothingDependsOnIt() {
        assertThat(sqlite.sql(ops -> ops.addColumn("book", "isbn", varchar(20)).dropColumn("book", "isbn")))
                .containsExactly("ALTER TABLE book ADD COLUMN isbn VARCHAR(20)", "ALTER TABLE book DROP COLUMN isbn");
    }

    @Test
    void aRebuildCopiesRowsAsideRecreatesTheTableAndItsIndexes() {
        assertThat(sqlite.sql(ops -> ops.dropConstraint("ck_book_price", "book", ConstraintKind.CHECK))).containsExactly(
                "CREATE TABLE _strata_tmp_book AS SELECT * FROM book",
                "DROP TABLE book",
                BOOK_WITHOUT_CHECK,
                "INSERT INTO book (id, author_id, title, price) SELECT id, author_id, title, price FROM _strata_tmp_book",
                "DROP TABLE _strata_tmp_book",
                "CREATE INDEX ix_book_title ON book (title)");
    }

    @Test
    void renamingAConstraintRebuildsTheTableWithTheNewNameKeepingTheAutoIncrementKey() {
        assertThat(sqlite.sql(ops -> ops.renameConstraint("book", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY)))
                .containsExactly(
                "CREATE TABLE _strata_tmp_book AS SELECT * FROM book",
                "DROP TABLE book",
                """
                CREATE TABLE book (
                    id INTEGER NOT NULL CONSTRAINT pk_volume PRIMARY KEY AUTOINCREMENT,
                    author_id BIGINT NOT NULL,
                    title VARCHAR(200) NOT NULL,
                    price DECIMAL(10,2) DEFAULT 0 NOT NULL,
                    CONSTRAINT ck_book_price CHECK (price >= 0),
                    CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
                )""",
                "INSERT INTO book (id, author_id, title, price) SELECT id, author_id, title, price FROM _strata_tmp_book",
                "DROP TABLE _strata_tmp_book",
                "CREATE INDEX ix_book_title ON book (title)");
        assertThat(sqlite.sql(ops -> ops.renameConstraint("book", "ck_book_price", "ck_price", ConstraintKind.CHECK)))
                .contains("""
                CREATE TABLE book (
                    id INTEGER NOT NULL CONSTRAINT pk_book PRIMARY KEY AUTOINCREMENT,
                    author_id BIGINT NOT NULL,
                    title VARCHAR(200) NOT NULL,
                    price DECIMAL(10,2) DEFAULT 0 NOT NULL,
                    CONSTRAINT ck_price CHECK (price >= 0),
                    CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
                )""");
    }

    @Test
    void renamingAnIndexDropsAndCreatesIt() {
        assertThat(sqlite.sql(ops -> ops.createUniqueIndex("ix_book_author_id_title", "book", "author_id", "title")
                .renameIndex("book", "ix_book_author_id_title", "ux_book")
                .renameIndex("book", "ix_book_title", "ix_volume_title"))).containsExactly(
                "CREATE UNIQUE INDEX ix_book_author_id_title ON book (author_id, title)",
                "DROP INDEX ix_book_author_id_title",
                "CREATE UNIQUE INDEX ux_book ON book (author_id, title)",
                "DROP INDEX ix_book_title",
                "CREATE INDEX ix_volume_title ON book (title)");
        assertThatThrownBy(() -> sqlite.sqlOnEmpty(new io.strata.migrations.operations.RenameIndex("book", "ix_a", "ix_b")))
                .isInstanceOf(SchemaMismatchException.class).hasMessageContaining("no table book");
    }

    @Test
    void renamingAndRetypingAColumnCopiesItUnderItsNewName() {
        assertThat(sqlite.sql(ops -> ops.alterColumn("book", "title", a -> a.rename("name").type(varchar(300)))))
                .contains("INSERT INTO book (id, author_id, name, price) SELECT id, author_id, title, price FROM _strata_tmp_book",
                        "CREATE INDEX ix_book_title ON book (name)");
        assertThat(sqlite.sql(ops -> ops.alterColumn("book", "title", a -> a.rename("name"))))
                .containsExactly("ALTER TABLE book RENAME COLUMN title TO name");
    }

    @Test
    void rebuildingAReferencedTableDefersChecksAndKeepsTheRowsForeignKeyActionsWouldChange() {
        assertThat(sqlite.sql(ops -> ops.dropConstraint("uq_author_name", "author", ConstraintKind.UNIQUE))).containsExactly(
                "PRAGMA defer_foreign_keys = ON",
                "CREATE TABLE _strata_tmp_author AS SELECT * FROM author",
                "CREATE TABLE _strata_keep_book AS SELECT * FROM book",
                "DELETE FROM book",
                "DROP TABLE author",
                """
                CREATE TABLE author (
                    id INTEGER NOT NULL CONSTRAINT pk_author PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(100) NOT NULL
                )""",
                "INSERT INTO author (id, name) SELECT id, name FROM _strata_tmp_author",
                "DROP TABLE _strata_tmp_author",
                "INSERT INTO book (id, author_id, title, price) SELECT id, author_id, title, price FROM _strata_keep_book",
                "DROP TABLE _strata_keep_book");
    }

    @Test
    void droppingAReferencedTableDefersForeignKeyChecks() {
        assertThat(sqlite.sql(ops -> ops.dropTable("author").dropTable("book")))
                .containsExactly("PRAGMA defer_foreign_keys = ON", "DROP TABLE author", "DROP TABLE book");
    }

    @Test
    void aRebuildNeedsTheTableInTheSchemaBefore() {
        assertThatThrownBy(() -> sqlite.sqlOnEmpty(new io.strata.migrations.operations.DropConstraint("book", "ck_book_price",
                ConstraintKind.CHECK, null))).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("no table book");
    }

    @Test
    void booleansAreOneAndZero() {
        assertThat(sqlite.sql(ops -> ops.bulkInsert("author", List.of(Map.of("name", true))))).containsExactly(
                "INSERT INTO author (name) VALUES (1)");
    }

    @Test
    void describesItself() {
        assertThat(sqlite.dialect().handlesJdbcUrl("jdbc:sqlite:app.db")).isTrue();
        assertThat(sqlite.dialect().transactionalDdl()).isTrue();
        assertThat(sqlite.dialect().forwardForeignKeys()).isTrue();
        assertThat(List.of("book", "order", "user", "key").stream().map(sqlite.dialect()::quote))
                .containsExactly("book", "\"order\"", "user", "key");
        assertThat(sqlite.dialect().typeSql(ColumnType.timestampTz())).isEqualTo("TIMESTAMP WITH TIME ZONE");
    }
}
