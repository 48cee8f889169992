package io.strata.migrations.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

class SchemaInspectorTest {

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void readsTheBookstoreSchemaBackAsTheNeutralSchemaItWasCreatedFrom(DbKind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
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
    @EnumSource(DbKind.class)
    void readsEveryTableWhenNoneIsExcluded(DbKind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            execute(c, BookstoreDdl.statements(kind));

            Schema live = SchemaInspector.create().inspect(c);

            assertThat(live.tables()).extracting(Table::name)
                    .containsExactly("author", "book", "book_store", "strata_version");
        }
    }

    @ParameterizedTest
    @EnumSource(DbKind.class)
    void readsAnEmptyDatabaseAsTheEmptySchema(DbKind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            assertThat(SchemaInspector.create().inspect(c)).isEqualTo(Schema.empty());
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
