package io.strata.migrations.dialect.internal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.internal.Inspect;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;
import io.strata.testing.DbKind;

class SQLiteInspectorTest {

    @Test
    void inlineColumnConstraintsKeepTheirNames() throws Exception {
        Table t = Inspect.table(DbKind.SQLITE, "book",
                "CREATE TABLE author (id INTEGER NOT NULL CONSTRAINT pk_author PRIMARY KEY AUTOINCREMENT)",
                "CREATE TABLE book (id INTEGER CONSTRAINT pk_book PRIMARY KEY,"
                        + " isbn VARCHAR(20) CONSTRAINT uq_book_isbn UNIQUE,"
                        + " author_id INTEGER CONSTRAINT fk_book_author REFERENCES author ON DELETE RESTRICT,"
                        + " pages INTEGER CONSTRAINT ck_book_pages CHECK (pages > (0)))");

        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey("pk_book", List.of("id")));
        assertThat(t.column("id")).hasValue(Column.of("id", ColumnType.integer()));
        assertThat(t.uniqueConstraints()).containsExactly(new UniqueConstraint("uq_book_isbn", List.of("isbn")));
        assertThat(t.foreignKeys()).containsExactly(new ForeignKey("fk_book_author", List.of("author_id"), "author",
                List.of("id"), ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION));
        assertThat(t.checks()).containsExactly(new CheckConstraint("ck_book_pages", "pages > (0)"));
    }

    @Test
    void unnamedConstraintsGetPostgresStyleNamesAndAnUnnamedPrimaryKeyIsPrimary() throws Exception {
        Table t = Inspect.table(DbKind.SQLITE, "Line Item",
                "CREATE TABLE parent (a INTEGER, b INTEGER, PRIMARY KEY (a, b))",
                "CREATE TABLE \"Line Item\" (x INTEGER, y INTEGER, z TEXT, PRIMARY KEY (x), UNIQUE (y, z),"
                        + " FOREIGN KEY (x, y) REFERENCES parent, CHECK (y > 0), CHECK (z <> 'a,b'))");

        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("x")));
        assertThat(t.uniqueConstraints()).containsExactly(new UniqueConstraint("Line Item_y_z_key", List.of("y", "z")));
        assertThat(t.foreignKeys()).containsExactly(
                ForeignKey.of("Line Item_x_y_fkey", List.of("x", "y"), "parent", List.of("a", "b")));
        assertThat(t.checks()).containsExactly(new CheckConstraint("Line Item_check", "y > 0"),
                new CheckConstraint("Line Item_check1", "z <> 'a,b'"));
        assertThat(t.indexes()).as("sqlite_autoindex_* are the unique constraints").isEmpty();
    }
}
