package io.strata.migrations.dialect.internal.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.internal.Inspect;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;
import io.strata.testing.DbKind;

class MariaDBInspectorTest {

    @Test
    void restrictIsNoActionBecauseInnoDbReportsItForKeysDeclaredWithoutAnAction() throws Exception {
        Table t = Inspect.table(DbKind.MARIADB, "child",
                "CREATE TABLE parent (id integer PRIMARY KEY)",
                "CREATE TABLE child (a integer, b integer, c integer,"
                        + " CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES parent (id),"
                        + " CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES parent (id) ON DELETE RESTRICT ON UPDATE NO ACTION,"
                        + " CONSTRAINT fk_c FOREIGN KEY (c) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE)");

        assertThat(t.foreignKeys()).containsExactly(
                ForeignKey.of("fk_a", List.of("a"), "parent", List.of("id")),
                ForeignKey.of("fk_b", List.of("b"), "parent", List.of("id")),
                new ForeignKey("fk_c", List.of("c"), "parent", List.of("id"), ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE));
        assertThat(t.indexes()).as("the indexes MariaDB adds for foreign keys").isEmpty();
    }

    @Test
    void defaultsReadBackAsWrittenDespiteMariaDbsQuoting() throws Exception {
        Table t = Inspect.table(DbKind.MARIADB, "t", """
                CREATE TABLE t (a varchar(10) DEFAULT NULL, b varchar(10) DEFAULT 'NULL', c varchar(10) DEFAULT 'it''s',
                  d boolean DEFAULT false, e datetime DEFAULT current_timestamp(), f integer DEFAULT -1, g date DEFAULT '2020-01-01')""");

        assertThat(t.columns()).extracting(Column::serverDefault).containsExactly(null, ServerDefault.literal("NULL"),
                ServerDefault.literal("it's"), ServerDefault.expression("false"),
                ServerDefault.expression("CURRENT_TIMESTAMP"), ServerDefault.expression("-1"),
                ServerDefault.literal("2020-01-01"));
    }

    @Test
    void aLongtextWithAJsonValidCheckIsJsonAndTheCheckIsNotReported() throws Exception {
        Table t = Inspect.table(DbKind.MARIADB, "t",
                "CREATE TABLE t (a longtext, b text, CONSTRAINT ck_t_a CHECK (json_valid(a)), CONSTRAINT ck_t_b CHECK (b <> ''))");

        assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.json(), ColumnType.text());
        assertThat(t.checks()).extracting(c -> c.name() + ": " + c.expression()).containsExactly("ck_t_b: b <> ''");
    }

    @Test
    void primaryKeysAreUnnamedAndUniqueIndexesAreUniqueConstraints() throws Exception {
        Table t = Inspect.table(DbKind.MARIADB, "t",
                "CREATE TABLE t (id integer, code varchar(5), CONSTRAINT pk_t PRIMARY KEY (id))",
                "CREATE UNIQUE INDEX ix_t_code ON t (code)");

        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("id")));
        assertThat(SchemaInspector.isUnnamed(t.primaryKey())).isTrue();
        assertThat(t.uniqueConstraints()).containsExactly(new UniqueConstraint("ix_t_code", List.of("code")));
        assertThat(t.indexes()).isEmpty();
    }

    @Test
    void integersOtherThanBooleanTinyintFailRatherThanReadAsAnotherType() {
        assertThatThrownBy(() -> Inspect.table(DbKind.MARIADB, "t", "CREATE TABLE t (a integer unsigned)"))
                .isInstanceOf(UnsupportedColumnTypeException.class)
                .hasMessageContaining("t.a has type 'int(10) unsigned'");
        assertThatThrownBy(() -> Inspect.table(DbKind.MARIADB, "t", "CREATE TABLE t (a tinyint)"))
                .isInstanceOf(UnsupportedColumnTypeException.class)
                .hasMessageContaining("t.a has type 'tinyint(4)'");
    }
}
