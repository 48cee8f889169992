package io.strata.migrations.dialect.internal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.StrataException;
import io.strata.migrations.dialect.internal.sqlite.SQLiteTableDefinition.Check;
import io.strata.migrations.dialect.internal.sqlite.SQLiteTableDefinition.Reference;
import io.strata.migrations.dialect.internal.sqlite.SQLiteTableDefinition.Unique;

class SQLiteCreateTableParserTest {

    @Test
    void readsNamedTableConstraints() {
        SQLiteTableDefinition d = SQLiteCreateTableParser.parse("""
                CREATE TABLE book (id INTEGER NOT NULL, author_id INTEGER, title VARCHAR(200), price DECIMAL(10,2),
                  CONSTRAINT pk_book PRIMARY KEY (id),
                  CONSTRAINT fk_book_author_id_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE,
                  CONSTRAINT uq_book_title_price UNIQUE (title COLLATE NOCASE, price DESC),
                  CONSTRAINT ck_book_price CHECK (price >= 0 AND (title <> ')')))""");

        assertThat(d.primaryKeyName()).isEqualTo("pk_book");
        assertThat(d.autoIncrementColumn()).isNull();
        assertThat(d.foreignKeys()).containsExactly(new Reference("fk_book_author_id_author", List.of("author_id"), "author"));
        assertThat(d.uniques()).containsExactly(new Unique("uq_book_title_price", List.of("title", "price")));
        assertThat(d.checks()).containsExactly(new Check("ck_book_price", "price >= 0 AND (title <> ')')"));
    }

    @Test
    void readsInlinePrimaryKeyWithAutoincrementAndOtherColumnConstraints() {
        SQLiteTableDefinition d = SQLiteCreateTableParser.parse("""
                create table "my \"\"table\"\"" (
                  [id] INTEGER NOT NULL CONSTRAINT pk_x PRIMARY KEY ASC ON CONFLICT ABORT AUTOINCREMENT,
                  `code` TEXT DEFAULT 'CONSTRAINT x UNIQUE' CONSTRAINT uq_code UNIQUE NOT NULL, -- a comment, with a comma
                  n INTEGER DEFAULT (-1) CHECK (n <> 0) REFERENCES other, /* CONSTRAINT no CHECK (1) */
                  m INTEGER CONSTRAINT "fk m" REFERENCES "other table" (id) ON DELETE SET NULL CONSTRAINT ck_m CHECK (m > 1))""");

        assertThat(d.primaryKeyName()).isEqualTo("pk_x");
        assertThat(d.autoIncrementColumn()).isEqualTo("id");
        assertThat(d.uniques()).containsExactly(new Unique("uq_code", List.of("code")));
        assertThat(d.foreignKeys()).containsExactly(new Reference(null, List.of("n"), "other"),
                new Reference("fk m", List.of("m"), "other table"));
        assertThat(d.checks()).containsExactly(new Check(null, "n <> 0"), new Check("ck_m", "m > 1"));
    }

    @Test
    void aTableCreatedFromASelectDeclaresNoConstraints() {
        assertThat(SQLiteCreateTableParser.parse("CREATE TABLE copy AS SELECT * FROM book"))
                .isEqualTo(SQLiteTableDefinition.NONE);
    }

    @Test
    void brokenDefinitionsFailNamingTheStatement() {
        assertThatThrownBy(() -> SQLiteCreateTableParser.parse("CREATE TABLE t (a TEXT DEFAULT 'open)"))
                .isInstanceOf(StrataException.class).hasMessageContaining("never closed").hasMessageContaining("CREATE TABLE t");
        assertThatThrownBy(() -> SQLiteCreateTableParser.parse("CREATE TABLE t (a INTEGER, CHECK (a > 0)"))
                .isInstanceOf(StrataException.class).hasMessageContaining("not closed");
    }
}
