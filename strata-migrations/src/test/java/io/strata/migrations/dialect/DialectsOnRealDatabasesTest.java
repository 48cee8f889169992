package io.strata.migrations.dialect;

import static io.strata.migrations.schema.ColumnType.bigint;
import static io.strata.migrations.schema.ColumnType.integer;
import static io.strata.migrations.schema.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.operations.ConstraintKind;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.Schema;
import io.strata.testing.Databases;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Every dialect's SQL, executed on the real database it is for. */
class DialectsOnRealDatabasesTest {

    private static final UUID SOME_UUID = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    private static Dialect dialectOf(DbKind kind) {
        return Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @Databases
    void createAllCreatesEveryTypeKeyConstraintAndIndexUnderItsName(DbKind kind, TestDatabase db) throws SQLException {
        Dialect dialect = dialectOf(kind);
        try (Connection c = db.connect()) {
            SqlRunner runner = new SqlRunner(c, dialect, Schema.empty());
            runner.run(SchemaPlan.of(dialect).createAll(LibrarySchema.schema()));

            List<String> expected = List.of("uq_author_name", "ck_author_name", "fk_book_author_id_author",
                    "ck_book_price", "ix_book_author_id_title", "ix_all_types_c_uuid", "ix_user_order",
                    "fk_person_pet_id_pet", "fk_pet_owner_id_person");
            assertThat(ConstraintNames.of(c, kind)).containsAll(expected);
            if (kind != DbKind.MARIADB) { // MariaDB calls every primary key PRIMARY
                assertThat(ConstraintNames.of(c, kind)).contains("pk_author", "pk_book", "pk_all_types", "pk_user", "pk_person", "pk_pet");
            }

            runner.run(new Ops()
                    .bulkInsert("author", List.of(Map.of("id", 1, "name", "Ann"), Map.of("id", 2, "name", "Bob")))
                    .bulkInsert("author", List.of(Map.of("name", "Cy")))
                    .bulkInsert("book", List.of(row("author_id", 1, "title", "A1"), row("author_id", 2, "title", "B1"),
                            row("author_id", 3, "title", "C1", "price", new BigDecimal("9.50"))))
                    .bulkInsert("all_types", List.of(allTypesRow()))
                    .bulkInsert("user", List.of(row("id", 1, "order", 7, "value", "it's")))
                    .operations());

            assertThat(queryLong(c, "SELECT id FROM author WHERE name = 'Cy'")).isEqualTo(3L);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).isEqualTo(3L);
            assertAllTypesReadBack(c, dialect);
            assertThat(queryString(c, "SELECT " + dialect.quote("value") + " FROM " + dialect.quote("user")
                    + " WHERE " + dialect.quote("order") + " = 7")).isEqualTo("it's");

            assertForeignKeyEnforced(c);
            assertThatThrownBy(() -> update(c, "INSERT INTO author (name) VALUES ('Ann')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO author (name) VALUES ('')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO book (author_id, title, price) VALUES (1, 'x', -1)"))
                    .isInstanceOf(SQLException.class);
            update(c, "DELETE FROM author WHERE id = 1");
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).as("ON DELETE CASCADE").isEqualTo(2L);
        }
    }

    @ParameterizedTest
    @Databases
    void alterOperationsKeepRowsIndexesAndForeignKeysAndReverseCleanly(DbKind kind, TestDatabase db) throws SQLException {
        Dialect dialect = dialectOf(kind);
        try (Connection c = db.connect()) {
            SqlRunner runner = new SqlRunner(c, dialect, Schema.empty());
            runner.run(SchemaPlan.of(dialect).createAll(LibrarySchema.schema()));
            Schema created = runner.schema();
            runner.run(new Ops()
                    .bulkInsert("author", List.of(Map.of("name", "Ann"), Map.of("name", "Bob")))
                    .bulkInsert("book", List.of(row("author_id", 1, "title", "A1"), row("author_id", 2, "title", "B1")))
                    .operations());

            List<Operation> completed = new java.util.ArrayList<>(runner.run(new Ops()
                    .addColumn("book", "isbn", varchar(20))
                    .addColumn("book", "stock", integer(), col -> col.notNull().serverDefault("0"))
                    .operations()));
            runner.run(new Ops().execute("UPDATE book SET isbn = 'none'").operations());
            completed.addAll(runner.run(new Ops()
                    .alterColumn("book", "title", a -> a.type(varchar(300)))
                    .alterColumn("book", "isbn", a -> a.notNull().serverDefault("'none'"))
                    .alterColumn("book", "stock", a -> a.rename("quantity"))
                    .alterColumn("book", "quantity", a -> a.type(bigint()).dropServerDefault())
                    .createUniqueConstraint("uq_book_author_id_title", "book", "author_id", "title")
                    .createCheckConstraint("ck_book_quantity", "book", "quantity >= 0")
                    .createIndex("ix_book_isbn", "book", "isbn")
                    .alterColumn("author", "name", a -> a.type(varchar(150)))   // a referenced table
                    .addColumn("book", "editor_id", bigint())
                    .createForeignKey("fk_book_editor_id_author", "book", fk -> fk.columns("editor_id")
                            .references("author", "id").onDelete(ReferentialAction.SET_NULL))
                    .dropConstraint("ck_book_price", "book", ConstraintKind.CHECK)
                    .createIndex("ix_book_quantity", "book", "quantity")
                    .renameTable("author", "writer")
                    .operations()));
            // reversible only once we know them: index and check on the column go with it
            completed.addAll(runner.run(new Ops()
                    .dropColumn("book", "price")
                    .renameTable("writer", "author")
                    .operations()));

            assertThat(queryLong(c, "SELECT COUNT(*) FROM book WHERE isbn IS NULL")).isZero();
            assertThat(queryString(c, "SELECT title FROM book WHERE author_id = 2")).isEqualTo("B1");
            assertThat(queryLong(c, "SELECT COUNT(*) FROM author")).isEqualTo(2L);
            assertThat(ConstraintNames.of(c, kind)).contains("uq_book_author_id_title", "ck_book_quantity",
                    "ix_book_isbn", "ix_book_author_id_title", "fk_book_editor_id_author", "ix_book_quantity")
                    .doesNotContain("ck_book_price");
            assertForeignKeyEnforced(c);
            assertThatThrownBy(() -> update(c, "INSERT INTO book (author_id, title, quantity) VALUES (1, 'A1', 1)"))
                    .as("uq_book_author_id_title").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO book (author_id, title, quantity) VALUES (1, 'A2', -1)"))
                    .as("ck_book_quantity").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO book (author_id, title, quantity) VALUES (1, NULL, 1)"))
                    .as("NOT NULL survives the type change of title").isInstanceOf(SQLException.class);
            update(c, "INSERT INTO book (author_id, title, quantity, editor_id) VALUES (1, 'A3', 5, 2)");
            update(c, "DELETE FROM author WHERE id = 2");
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).as("cascade kept").isEqualTo(2L);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book WHERE editor_id IS NULL")).as("set null").isEqualTo(2L);

            runner.reverse(completed);
            assertThat(runner.schema()).isEqualTo(created);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).isEqualTo(2L);
            assertThat(ConstraintNames.of(c, kind)).contains("ck_book_price", "ix_book_author_id_title")
                    .doesNotContain("uq_book_author_id_title", "ix_book_isbn", "fk_book_editor_id_author");
            assertForeignKeyEnforced(c);
        }
    }

    @ParameterizedTest
    @Databases
    void dropAllDropsCyclicForeignKeysWithRowsInAnyDeclarationOrder(DbKind kind, TestDatabase db) throws SQLException {
        Dialect dialect = dialectOf(kind);
        try (Connection c = db.connect()) {
            SqlRunner runner = new SqlRunner(c, dialect, Schema.empty());
            runner.run(SchemaPlan.of(dialect).createAll(LibrarySchema.schema()));
            update(c, "INSERT INTO person (id) VALUES (1)");
            update(c, "INSERT INTO pet (id, owner_id) VALUES (10, 1)");
            update(c, "UPDATE person SET pet_id = 10 WHERE id = 1");
            update(c, "INSERT INTO author (name) VALUES ('Ann')");
            update(c, "INSERT INTO book (author_id, title) VALUES (1, 'A1')");

            runner.runInOneTransaction(SchemaPlan.of(dialect).dropAll(runner.schema()));

            assertThat(runner.schema().tables()).isEmpty();
            String schema = kind == DbKind.H2 ? "PUBLIC" : kind == DbKind.POSTGRESQL ? "public" : null;
            try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                assertThat(tables.next()).as("a table is left").isFalse();
            }
        }
    }

    @ParameterizedTest
    @Databases
    void theRebuildOfAReferencedTableKeepsItsRowsAndForeignKeysInEffect(DbKind kind, TestDatabase db) throws SQLException {
        Dialect dialect = dialectOf(kind);
        try (Connection c = db.connect()) {
            SqlRunner runner = new SqlRunner(c, dialect, Schema.empty());
            runner.run(SchemaPlan.of(dialect).createAll(LibrarySchema.schema()));
            update(c, "INSERT INTO author (name) VALUES ('Ann')");
            update(c, "INSERT INTO book (author_id, title) VALUES (1, 'A1')");

            runner.run(new Ops().dropConstraint("ck_author_name", "author", ConstraintKind.CHECK)
                    .addColumn("author", "born", integer(), col -> col.serverDefault("1900").notNull())
                    .operations());

            assertThat(queryLong(c, "SELECT born FROM author WHERE id = 1")).isEqualTo(1900L);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).isEqualTo(1L);
            update(c, "INSERT INTO author (name) VALUES ('')");
            assertThat(queryLong(c, "SELECT id FROM author WHERE name = ''")).as("autoincrement continues").isEqualTo(2L);
            assertForeignKeyEnforced(c);
            update(c, "DELETE FROM author WHERE id = 1");
            assertThat(queryLong(c, "SELECT COUNT(*) FROM book")).as("cascade from the rebuilt table").isZero();
        }
    }

    @ParameterizedTest
    @Databases
    void renamingTheKeyOfAnAutoIncrementColumnAndOtherConstraintsAndIndexesKeepsRowsAndReverses(DbKind kind, TestDatabase db)
            throws SQLException {
        Dialect dialect = dialectOf(kind);
        DiffOptions asStored = DiffOptions.defaults().ignoringRepresentationOf(dialect.name());
        try (Connection c = db.connect()) {
            SqlRunner runner = new SqlRunner(c, dialect, Schema.empty());
            runner.run(new Ops()
                    .createTable("publisher", t -> t
                            .column("id", bigint(), col -> col.autoIncrement())
                            .column("name", varchar(80), col -> col.notNull())
                            .column("city", varchar(80))
                            .primaryKey("pk_publisher", "id")
                            .unique("uq_publisher_name", "name")
                            .index("ix_publisher_city", "city")
                            .check("ck_publisher_name", "name <> ''"))
                    .createTable("imprint", t -> t
                            .column("id", bigint(), col -> col.autoIncrement())
                            .column("publisher_id", bigint(), col -> col.notNull())
                            .primaryKey("pk_imprint", "id")
                            .foreignKey("fk_imprint_publisher_id_publisher", "publisher_id", "publisher", "id"))
                    .operations());
            update(c, "INSERT INTO publisher (name, city) VALUES ('Penguin', 'London')");
            update(c, "INSERT INTO publisher (name, city) VALUES ('Faber', 'London')");
            update(c, "INSERT INTO imprint (publisher_id) VALUES (2)");
            Schema created = runner.schema();

            List<Operation> completed = runner.run(new Ops()
                    .renameTable("publisher", "press")
                    .renameConstraint("press", "pk_publisher", "pk_press", ConstraintKind.PRIMARY_KEY)
                    .renameConstraint("press", "uq_publisher_name", "uq_press_name", ConstraintKind.UNIQUE)
                    .renameConstraint("press", "ck_publisher_name", "ck_press_name", ConstraintKind.CHECK)
                    .renameIndex("press", "ix_publisher_city", "ix_press_city")
                    .renameConstraint("imprint", "fk_imprint_publisher_id_publisher", "fk_imprint_publisher_id_press",
                            ConstraintKind.FOREIGN_KEY)
                    .operations());

            Schema inspected = inspect(c);
            assertThat(SchemaComparison.between(runner.schema(), inspected, asStored).report()).as("renamed").isEmpty();
            assertThat(inspected.table("press").orElseThrow().primaryKey().name())
                    .isEqualTo(kind == DbKind.MARIADB ? SchemaInspector.UNNAMED_PRIMARY_KEY : "pk_press");
            assertThat(ConstraintNames.of(c, kind)).contains("uq_press_name", "ck_press_name", "ix_press_city",
                    "fk_imprint_publisher_id_press").doesNotContain("uq_publisher_name", "ck_publisher_name",
                    "ix_publisher_city", "fk_imprint_publisher_id_publisher");
            assertThat(queryString(c, "SELECT name FROM press WHERE id = 2")).isEqualTo("Faber");
            update(c, "INSERT INTO press (name) VALUES ('Granta')");
            assertThat(queryLong(c, "SELECT id FROM press WHERE name = 'Granta'")).as("auto-increment continues").isEqualTo(3L);
            assertThatThrownBy(() -> update(c, "INSERT INTO press (name) VALUES ('Faber')")).as("uq_press_name")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO press (name) VALUES ('')")).as("ck_press_name")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> update(c, "INSERT INTO imprint (publisher_id) VALUES (99)"))
                    .as("fk_imprint_publisher_id_press").isInstanceOf(SQLException.class);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM imprint WHERE publisher_id = 2")).isEqualTo(1L);

            runner.reverse(completed);

            assertThat(runner.schema()).isEqualTo(created);
            assertThat(SchemaComparison.between(created, inspect(c), asStored).report()).as("reversed").isEmpty();
            assertThat(queryLong(c, "SELECT COUNT(*) FROM publisher")).isEqualTo(3L);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM imprint WHERE publisher_id = 2")).isEqualTo(1L);
            update(c, "INSERT INTO publisher (name) VALUES ('Verso')");
            assertThat(queryLong(c, "SELECT id FROM publisher WHERE name = 'Verso'")).as("generated after the rows kept (the"
                    + " rejected inserts may have used values)").isGreaterThan(3L);
        }
    }

    private static Schema inspect(Connection c) throws SQLException {
        return SchemaInspector.create().inspect(c);
    }

    private static Map<String, Object> allTypesRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("c_smallint", (short) 7);
        row.put("c_integer", 70_000);
        row.put("c_bigint", 5_000_000_000L);
        row.put("c_bool", true);
        row.put("c_varchar", "back\\slash 'quoted'");
        row.put("c_text", "long text");
        row.put("c_decimal", new BigDecimal("123456789.125"));
        row.put("c_float", 1.5f);
        row.put("c_double", 2.25d);
        row.put("c_date", LocalDate.of(2024, 2, 29));
        row.put("c_time", LocalTime.of(13, 14, 15));
        row.put("c_ts", LocalDateTime.of(2024, 2, 29, 13, 14, 15));
        row.put("c_tstz", OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneOffset.UTC));
        row.put("c_uuid", SOME_UUID);
        row.put("c_binary", new byte[] {1, 2, 3});
        row.put("c_blob", new byte[] {(byte) 0xCA, (byte) 0xFE});
        row.put("c_json", "{\"a\": 1}");
        return row;
    }

    private static void assertAllTypesReadBack(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM all_types")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("c_smallint")).isEqualTo(7);
            assertThat(rs.getLong("c_bigint")).isEqualTo(5_000_000_000L);
            assertThat(rs.getBoolean("c_bool")).isTrue();
            assertThat(rs.getString("c_varchar")).isEqualTo("back\\slash 'quoted'");
            assertThat(rs.getBigDecimal("c_decimal")).isEqualByComparingTo("123456789.125");
            assertThat(rs.getDouble("c_double")).isEqualTo(2.25d);
            assertThat(rs.getString("c_date")).startsWith("2024-02-29");
            assertThat(String.valueOf(rs.getObject("c_uuid"))).isEqualToIgnoringCase(SOME_UUID.toString());
            assertThat(rs.getBytes("c_binary")).containsExactly(1, 2, 3);
            assertThat(rs.getBytes("c_blob")).containsExactly(0xCA, 0xFE);
            assertThat(rs.getString("c_json").replace(" ", "")).isEqualTo("{\"a\":1}");
            assertThat(rs.getObject("c_ts")).isNotNull();
        }
    }

    private static void assertForeignKeyEnforced(Connection c) {
        assertThatThrownBy(() -> update(c, "INSERT INTO book (author_id, title) VALUES (999, 'orphan')"))
                .as("foreign key book.author_id enforced").isInstanceOf(SQLException.class);
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

}
