package io.strata.migrations.dialect.internal.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.migrations.inspect.internal.Inspect;
import io.strata.migrations.inspect.UnsupportedColumnTypeException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.testing.DbKind;

class PostgreSQLInspectorTest {

    @Test
    void serialColumnsAreAutoIncrementWithoutTheirSequenceDefault() throws Exception {
        Table t = Inspect.table(DbKind.POSTGRESQL, "t", "CREATE TABLE t (a serial, b bigserial, c smallserial)");

        assertThat(t.columns()).containsExactly(
                Column.of("a", ColumnType.integer()).autoIncrementing(),
                Column.of("b", ColumnType.bigint()).autoIncrementing(),
                Column.of("c", ColumnType.smallint()).autoIncrementing());
    }

    @Test
    void defaultsLoseTheCastsAndSpellingsPostgresAdds() throws Exception {
        Table t = Inspect.table(DbKind.POSTGRESQL, "t", """
                CREATE TABLE t (a integer DEFAULT -1, b numeric(5,2) DEFAULT -1.5, c timestamptz DEFAULT now(),
                  d date DEFAULT '2020-01-01', e text DEFAULT 'it''s', f jsonb DEFAULT '{}', g varchar DEFAULT 'x',
                  h double precision DEFAULT 2.5, i boolean DEFAULT false, j date DEFAULT CURRENT_DATE)""");

        assertThat(t.columns()).extracting(Column::serverDefault).containsExactly(
                ServerDefault.expression("-1"), ServerDefault.expression("-1.5"),
                ServerDefault.expression("CURRENT_TIMESTAMP"), ServerDefault.literal("2020-01-01"),
                ServerDefault.literal("it's"), ServerDefault.literal("{}"), ServerDefault.literal("x"),
                ServerDefault.expression("2.5"), ServerDefault.expression("false"),
                ServerDefault.expression("CURRENT_DATE"));
    }

    @Test
    void typesWithoutANeutralSizeReadAsTheirFamily() throws Exception {
        Table t = Inspect.table(DbKind.POSTGRESQL, "t",
                "CREATE TABLE t (a varchar, b timestamp(3), c time(0), d json, e timestamptz(3))");

        assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.text(), ColumnType.timestamp(),
                ColumnType.time(), ColumnType.json(), ColumnType.timestampTz());
    }

    @Test
    void restrictAndQuotedNamesReadBackAsWritten() throws Exception {
        Table t = Inspect.table(DbKind.POSTGRESQL, "Child",
                "CREATE TABLE parent (id integer PRIMARY KEY)",
                "CREATE TABLE \"Child\" (\"ParentId\" integer, CONSTRAINT \"Fk\" FOREIGN KEY (\"ParentId\") REFERENCES parent (id)"
                        + " ON DELETE RESTRICT ON UPDATE CASCADE)",
                "CREATE INDEX \"Ix\" ON \"Child\" (\"ParentId\")");

        assertThat(t.foreignKeys()).containsExactly(new ForeignKey("Fk", List.of("ParentId"), "parent", List.of("id"),
                ReferentialAction.RESTRICT, ReferentialAction.CASCADE));
        assertThat(t.indexes()).containsExactly(new Index("Ix", List.of("ParentId"), false));
        assertThat(t.primaryKey()).isNull();
    }

    @Test
    void expressionIndexesAreNotReportedForTheyHaveNoColumnList() throws Exception {
        Table t = Inspect.table(DbKind.POSTGRESQL, "t",
                "CREATE TABLE t (a text)", "CREATE INDEX ix_t_lower ON t (lower(a))", "CREATE INDEX ix_t_a ON t (a)");

        assertThat(t.indexes()).containsExactly(new Index("ix_t_a", List.of("a"), false));
    }

    @Test
    void aColumnOfATypeWithoutNeutralFormFailsNamingTheColumnAndTheWayOut() {
        assertThatThrownBy(() -> Inspect.table(DbKind.POSTGRESQL, "hosts", "CREATE TABLE hosts (address inet)"))
                .isInstanceOf(UnsupportedColumnTypeException.class)
                .hasMessageContaining("hosts.address has type 'inet'")
                .hasMessageContaining("SchemaInspector.excluding(\"hosts\")");
    }

    @Test
    void stripsCastsOnlyFromLiteralsAndParenthesizedGroups() {
        assertThat(PostgreSQLInspector.stripCasts("'draft'::character varying")).isEqualTo("'draft'");
        assertThat(PostgreSQLInspector.stripCasts("'a::b'::text")).isEqualTo("'a::b'");
        assertThat(PostgreSQLInspector.stripCasts("('now'::text)::date")).isEqualTo("('now'::text)");
        assertThat(PostgreSQLInspector.stripCasts("'{1}'::character varying(3)[]")).isEqualTo("'{1}'");
        assertThat(PostgreSQLInspector.stripCasts("gen_random_uuid()")).isEqualTo("gen_random_uuid()");
        assertThat(PostgreSQLInspector.stripCasts("x::text")).isEqualTo("x::text");
    }
}
