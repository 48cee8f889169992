package io.strata.migrations.dialect.internal.mariadb;

import static io.strata.migrations.schema.ColumnType.text;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.dialect.internal.OpFixture;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.CreateTable;
import io.strata.migrations.operations.RenameConstraint;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;

class MariaDBDialectTest {

    private final OpFixture maria = OpFixture.of("mariadb");

    @Test
    void createTableUsesAutoIncrementAndBackticksOnlyForReservedWordsAndNamesItsCharacterSet() {
        assertThat(maria.sql(ops -> ops.createTable("order", t -> t
                .column("id", ColumnType.bigint(), c -> c.autoIncrement())
                .column("key", varchar(10))
                .column("user", varchar(10))
                .primaryKey("pk_order", "id")
                .index("ix_order_key", "key")))).containsExactly("""
                CREATE TABLE `order` (
                    id bigint AUTO_INCREMENT NOT NULL,
                    `key` varchar(10),
                    user varchar(10),
                    CONSTRAINT pk_order PRIMARY KEY (id)
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci""", "CREATE INDEX ix_order_key ON `order` (`key`)");
    }

    @Test
    void alterColumnRestatesTheWholeColumnFromTheSchemaBefore() {
        assertThat(maria.sql(ops -> ops.alterColumn("book", "title", a -> a.type(text()))
                .alterColumn("book", "title", a -> a.nullable(true))
                .alterColumn("book", "price", a -> a.dropServerDefault())
                .alterColumn("book", "title", a -> a.rename("name"))
                .alterColumn("book", "name", a -> a.rename("title").type(varchar(300)))
                .alterColumn("book", "id", a -> a.type(ColumnType.integer())))).containsExactly(
                "ALTER TABLE book MODIFY COLUMN title longtext NOT NULL",
                "ALTER TABLE book MODIFY COLUMN title longtext",
                "ALTER TABLE book MODIFY COLUMN price decimal(10,2) NOT NULL",
                "ALTER TABLE book RENAME COLUMN title TO name",
                "ALTER TABLE book CHANGE COLUMN name title varchar(300)",
                "ALTER TABLE book MODIFY COLUMN id int AUTO_INCREMENT NOT NULL");
    }

    @Test
    void alterColumnWithoutTheColumnInTheSchemaSaysWhatIsMissing() {
        assertThatThrownBy(() -> maria.dialect().render(new AlterColumn("book", "title", null, text(), null, null, null),
                Schema.empty())).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("alterColumn(book, title)").hasMessageContaining("whole column");
    }

    @Test
    void eachConstraintKindIsDroppedItsOwnWay() {
        assertThat(maria.sql(ops -> ops.dropConstraint("uq_author_name", "author", ConstraintKind.UNIQUE)
                .dropConstraint("fk_book_author_id_author", "book", ConstraintKind.FOREIGN_KEY)
                .dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                .dropConstraint("pk_book", "book", ConstraintKind.PRIMARY_KEY)
                .dropIndex("ix_book_title", "book"))).containsExactly(
                "ALTER TABLE author DROP INDEX uq_author_name",
                "ALTER TABLE book DROP FOREIGN KEY fk_book_author_id_author",
                "DROP INDEX IF EXISTS fk_book_author_id_author ON book",
                "ALTER TABLE book DROP CONSTRAINT ck_book_price",
                "ALTER TABLE book DROP PRIMARY KEY",
                "DROP INDEX ix_book_title ON book");
    }

    @Test
    void renamingThePrimaryKeyRunsNothingAndUniquesAndIndexesAreRenamedAsIndexes() {
        assertThat(maria.sql(ops -> ops.renameConstraint("book", "pk_book", "pk_volume", ConstraintKind.PRIMARY_KEY)))
                .as("MariaDB names every primary key PRIMARY").isEmpty();
        assertThat(maria.sql(ops -> ops.renameConstraint("author", "uq_author_name", "uq_writer_name", ConstraintKind.UNIQUE)
                .renameIndex("book", "ix_book_title", "ix_volume_title"))).containsExactly(
                "ALTER TABLE author RENAME INDEX uq_author_name TO uq_writer_name",
                "ALTER TABLE book RENAME INDEX ix_book_title TO ix_volume_title");
    }

    @Test
    void foreignKeysAndChecksAreRenamedByDroppingAndAddingThemFromTheSchemaBefore() {
        assertThat(maria.sql(ops -> ops
                .renameConstraint("book", "fk_book_author_id_author", "fk_book_author", ConstraintKind.FOREIGN_KEY)
                .renameConstraint("book", "ck_book_price", "ck_book_price_positive", ConstraintKind.CHECK))).containsExactly(
                "ALTER TABLE book DROP FOREIGN KEY fk_book_author_id_author",
                "DROP INDEX IF EXISTS fk_book_author_id_author ON book",
                "ALTER TABLE book ADD CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE",
                "ALTER TABLE book DROP CONSTRAINT ck_book_price",
                "ALTER TABLE book ADD CONSTRAINT ck_book_price_positive CHECK (price >= 0)");
        assertThatThrownBy(() -> maria.dialect().render(new RenameConstraint("book", "ck_book_price", "ck_x",
                ConstraintKind.CHECK), Schema.empty())).isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("renameConstraint(book, ck_book_price, ck_x, CHECK)")
                .hasMessageContaining("schema the previous revisions produce");
    }

    @Test
    void dropColumnDropsItsForeignKeyFirst() {
        assertThat(maria.sql(ops -> ops.dropColumn("book", "author_id"))).containsExactly(
                "ALTER TABLE book DROP FOREIGN KEY fk_book_author_id_author",
                "DROP INDEX IF EXISTS fk_book_author_id_author ON book",
                "ALTER TABLE book DROP COLUMN author_id");
    }

    @Test
    void droppingTheOnlyIndexThatCoversAForeignKeyFirstGivesTheKeyTheIndexInnodbWouldHaveMade() {
        assertThat(maria.sql(ops -> ops
                .createIndex("ix_book_author_id_title", "book", "author_id", "title")
                .dropIndex("ix_book_author_id_title", "book"))).containsExactly(
                "CREATE INDEX ix_book_author_id_title ON book (author_id, title)",
                "CREATE INDEX fk_book_author_id_author ON book (author_id)",
                "DROP INDEX ix_book_author_id_title ON book");
    }

    @Test
    void droppingAnIndexOrUniqueKeyWhileAnotherStillCoversTheForeignKeyAddsNothing() {
        assertThat(maria.sql(ops -> ops
                .createIndex("ix_book_author_id", "book", "author_id")
                .createUniqueConstraint("uq_book_author_id_title", "book", "author_id", "title")
                .dropConstraint("uq_book_author_id_title", "book", ConstraintKind.UNIQUE)
                .dropIndex("ix_book_author_id", "book"))).containsExactly(
                "CREATE INDEX ix_book_author_id ON book (author_id)",
                "ALTER TABLE book ADD CONSTRAINT uq_book_author_id_title UNIQUE (author_id, title)",
                "ALTER TABLE book DROP INDEX uq_book_author_id_title",
                "CREATE INDEX fk_book_author_id_author ON book (author_id)",
                "DROP INDEX ix_book_author_id ON book");
    }

    @Test
    void setDefaultIsRejectedBecauseInnodbRejectsIt() {
        assertThatThrownBy(() -> maria.sql(ops -> ops.createForeignKey("fk_x", "book", fk -> fk.columns("author_id")
                .references("author", "id").onDelete(ReferentialAction.SET_DEFAULT))))
                .isInstanceOf(UnsupportedByDialectException.class).hasMessageContaining("fk_x")
                .hasMessageContaining("SET NULL");
    }

    @Test
    void literalsEscapeBackslashesAndStoreInstantsAsUtc() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "a\\b'c");
        row.put("born", OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        row.put("alive", true);
        row.put("photo", new byte[] {0x0A});
        assertThat(maria.sql(ops -> ops.bulkInsert("author", List.of(row)))).containsExactly(
                "INSERT INTO author (name, born, alive, photo) VALUES ('a\\\\b''c', '2024-01-01 10:00:00.000000', TRUE, X'0A')");
    }

    @Test
    void mapsEveryNeutralTypeToItsNativeType() {
        assertThat(List.of(ColumnType.integer(), ColumnType.bool(), text(), ColumnType.time(), ColumnType.timestamp(),
                ColumnType.timestampTz(), ColumnType.uuid(), ColumnType.binary(16), ColumnType.blob(), ColumnType.json())
                .stream().map(maria.dialect()::typeSql)).containsExactly("int", "boolean", "longtext", "time(6)",
                "datetime(6)", "datetime(6)", "uuid", "varbinary(16)", "longblob", "json");
    }

    @Test
    void handlesMariadbAndMysqlUrls() {
        assertThat(maria.dialect().handlesJdbcUrl("jdbc:mariadb://localhost/app")).isTrue();
        assertThat(maria.dialect().handlesJdbcUrl("jdbc:mysql://localhost/app")).isTrue();
        assertThat(maria.dialect().transactionalDdl()).isFalse();
        assertThat(maria.dialect().maxIdentifierLength()).isEqualTo(64);
        assertThat(maria.sqlOnEmpty(new CreateTable(OpFixture.library().table("author").orElseThrow()))).hasSize(1);
    }
}
