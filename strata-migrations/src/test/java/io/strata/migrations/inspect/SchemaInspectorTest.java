package io.strata.migrations.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.strata.StrataException;
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
