package io.strata.migrations.inspect;

import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.StrataException;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class SchemaInspectorTest {

    @ParameterizedTest
    @Databases
    void readsTheBookstoreSchemaBackAsTheNeutralSchemaItWasCreatedFrom(DbKind kind, TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            execute(c, BookstoreDdl.statements(kind));

            Schema live = SchemaInspector.create().excluding("strata_version").inspect(c);

            Schema expected = BookstoreSchema.expected(kind);
            assertThat(live.tables()).extracting(Table::name).containsExactly("author", "book", "book_store");
            for (Table table : expected.tables()) {
                assertThat(live.table(table.name())).as(kind + " table " + table.name()).hasValue(table);
            }
            assertThat(live).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @Databases
    void readsKeysUnderTheirColumnsNewNamesAfterTheColumnsAreRenamed(DbKind kind, TestDatabase db) throws SQLException {
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(java.util.Locale.ROOT));
        Schema before = schema(ops -> ops
                .createTable("author", t -> t.column("id", integer(), c -> c.notNull())
                        .column("email", varchar(100), c -> c.notNull()).primaryKey("pk_author", "id")
                        .unique("uq_author_email", "email"))
                .createTable("book", t -> t.column("id", integer(), c -> c.notNull()).column("author_id", integer())
                        .primaryKey("pk_book", "id").foreignKey("fk_book_author_id_author", "author_id", "author", "id")));
        List<Operation> renames = new Ops()
                .alterColumn("author", "email", a -> a.rename("email_address"))
                .alterColumn("author", "id", a -> a.rename("author_key"))
                .alterColumn("book", "author_id", a -> a.rename("writer_id")).operations();
        try (Connection c = db.connect()) {
            execute(c, dialect.renderAll(SchemaPlan.of(dialect).createAll(before), Schema.empty()));
            execute(c, dialect.renderAll(renames, before));

            Schema live = SchemaInspector.create().inspect(c);

            Table author = live.table("author").orElseThrow();
            assertThat(author.uniqueConstraints().get(0).columns()).containsExactly("email_address");
            assertThat(author.primaryKey().columns()).containsExactly("author_key");
            ForeignKey fk = live.table("book").orElseThrow().foreignKeys().get(0);
            assertThat(fk.columns()).containsExactly("writer_id");
            assertThat(fk.referencedColumns()).containsExactly("author_key");
        }
    }

    private static Schema schema(java.util.function.Consumer<Ops> definition) {
        Ops ops = new Ops();
        definition.accept(ops);
        Schema schema = Schema.empty();
        for (Operation op : ops.operations()) {
            schema = op.applyTo(schema);
        }
        return schema;
    }

    @ParameterizedTest
    @Databases
    void readsEveryTableWhenNoneIsExcluded(DbKind kind, TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            execute(c, BookstoreDdl.statements(kind));

            Schema live = SchemaInspector.create().inspect(c);

            assertThat(live.tables()).extracting(Table::name)
                    .containsExactly("author", "book", "book_store", "strata_version");
        }
    }

    @ParameterizedTest
    @Databases
    void readsAnEmptyDatabaseAsTheEmptySchema(DbKind kind, TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            assertThat(SchemaInspector.create().inspect(c)).isEqualTo(Schema.empty());
        }
    }

    @Test
    void excludedNamesAreComparedWithoutRegardToCaseAndMustNotBeBlank() {
        SchemaInspector inspector = SchemaInspector.create().excluding("Strata_Version").excluding(List.of("audit"));

        assertThat(inspector.excludedTables()).containsExactlyInAnyOrder("strata_version", "audit");
        assertThat(SchemaInspector.create().excludedTables()).isEmpty();
        assertThatThrownBy(() -> SchemaInspector.create().excluding(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void aClosedConnectionFailsWithAStrataExceptionThatSaysToCheckTheConnection() throws SQLException {
        try (TestDatabase db = TestDatabase.create(DbKind.SQLITE)) {
            Connection c = db.connect();
            c.close();

            assertThatThrownBy(() -> SchemaInspector.create().inspect(c))
                    .isInstanceOf(StrataException.class).hasMessageContaining("check that the connection is open");
        }
    }

    static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
